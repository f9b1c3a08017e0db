import type { Metadata } from "next";
import Link from "next/link";
import { centers } from "@/lib/centers";
import { centerPath } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false },
};

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-5 py-12">
      <p className="text-muted text-sm">Error 404</p>
      <h1 className="text-2xl font-bold">There is no such page</h1>
      <p className="mt-3">
        This map has a page for each of the six Japan Centers in Russia. Perhaps you were looking for one of these:
      </p>
      <ul className="mt-4 space-y-2" aria-label="The six Japan Centers">
        {centers.cities().map((c) => (
          <li key={c.slug}>
            <Link href={centerPath(c.slug)} className="text-link underline">
              {c.names.en}
            </Link>{" "}
            <span className="text-muted text-sm">
              <span lang="ru">{c.names.ru}</span> · <span lang="ja">{c.names.ja}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href="/" className="text-link underline">
          Back to the map of all six
        </Link>
      </p>
    </main>
  );
}
