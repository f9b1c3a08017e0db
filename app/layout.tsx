import type { ReactNode } from "react";

// The real root layout, with <html lang>, is app/[locale]/layout.tsx (one per language). This
// pass-through exists so that app/not-found.tsx can answer requests outside every language.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
