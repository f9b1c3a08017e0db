import { useTranslations } from "next-intl";
import type { Asof } from "@/lib/asof";
import { useCenters } from "@/lib/use-centers";
import { useFormatDate } from "@/lib/use-format-date";

/** Says which date the page shows, and why when the requested one could not be used. */
export function AsofNotice({ asof }: { asof: Asof }) {
  const t = useTranslations("asof");
  const { date } = useFormatDate();
  const { min, max } = useCenters().asofRange;
  const shown = date(asof.date);
  let text: string;
  switch (asof.kind) {
    case "latest":
      text = t("noticeLatest", { date: shown });
      break;
    case "date":
      text = t("noticeDate", { date: shown });
      break;
    case "clamped":
      text = t("noticeClamped", { requested: asof.requested, min: date(min), max: date(max), date: shown });
      break;
    case "ignored":
      text = t("noticeIgnored", { requested: asof.requested, date: shown });
      break;
  }
  return (
    <p
      data-testid="asof-notice"
      data-asof={asof.date}
      data-asof-kind={asof.kind}
      className={`px-5 pt-3 text-sm ${asof.kind === "clamped" || asof.kind === "ignored" ? "text-warn" : "text-muted"}`}
    >
      {text}
    </p>
  );
}
