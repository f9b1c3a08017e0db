import type { Metadata } from "next";
import { OverviewPanel } from "@/components/panel/overview-panel";
import { overviewDescription } from "@/lib/text";

export const metadata: Metadata = {
  alternates: { canonical: "/" },
  openGraph: {
    type: "website",
    url: "/",
    title: "Japan Centers in Russia, 1994–2025",
    description: overviewDescription(),
  },
};

export default function OverviewPage() {
  return <OverviewPanel />;
}
