import { notFound } from "next/navigation";

// Any path under a language that is not a page: the language's own 404 page (not-found.tsx).
export default function UnknownPage() {
  notFound();
}
