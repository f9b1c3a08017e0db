import Link from "next/link";
import { OtherNames } from "@/components/ui/other-names";
import { contract, type Locale } from "@/lib/contract";
import { centersFor } from "@/lib/server/centers";
import { cityNames, translator } from "@/lib/server/text";

/** The 404 page's content: what happened, and links to the six centres and the overview. */
export function NotFoundView({ locale }: { locale: Locale }) {
  // createTranslator, not useTranslations: the 404 boundaries render before the layouts have set
  // the request's language, and asking next-intl then would make every page dynamic.
  const tr = translator(locale);
  const cities = centersFor(locale).cities();
  // `count`: the messages say "six" for six centres, and a number for any other.
  const t = (key: "kicker" | "title" | "intro" | "back") => tr(`notFound.${key}`, { count: cities.length });
  const tOverview = (key: "listLabel") => tr(`overview.${key}`, { count: cities.length });
  return (
    <main className="mx-auto max-w-xl px-5 py-12">
      <p className="text-muted text-sm">{t("kicker")}</p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("intro")}</p>
      <ul className="mt-4 space-y-2" aria-label={tOverview("listLabel")}>
        {cities.map((c) => {
          const { name, others } = cityNames(c, locale);
          return (
            <li key={c.slug}>
              <Link href={contract.page(locale, "centre", c.slug)} className="text-link underline">
                {name}
              </Link>{" "}
              <span className="text-muted text-sm">
                <OtherNames names={others} />
              </span>
            </li>
          );
        })}
      </ul>
      <p className="mt-6">
        <Link href={contract.page(locale, "overview")} className="text-link underline">
          {t("back")}
        </Link>
      </p>
    </main>
  );
}
