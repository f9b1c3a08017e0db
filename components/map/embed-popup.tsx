import type { MarkerStatus } from "@/components/map/marker-body";
import { useTranslations } from "@/lib/client/i18n";
import type { CenterPin } from "@/lib/server/centers";

/**
 * An embed without its panel (`?panel=0`) shows the selected centre in a small card at its
 * marker: on the drawn map and on the live map alike.
 */
export function EmbedPopup({
  pin,
  statuses,
  href,
}: {
  pin: CenterPin;
  statuses: readonly MarkerStatus[];
  href: string;
}) {
  const t = useTranslations("map");
  const tStatus = useTranslations("status");
  return (
    <div data-testid="embed-popup" className="text-ink text-sm">
      <p className="font-semibold">{pin.name}</p>
      <p>{t("popupOpened", { date: pin.opened })}</p>
      {statuses.map(({ status, attrs }, i) => (
        <p // biome-ignore lint/suspicious/noArrayIndexKey: the periods of one centre, in order, never reordered
          key={i}
          {...attrs}
        >
          {tStatus(status)}
        </p>
      ))}
      <a href={href} target="_blank" rel="noopener" className="text-link underline">
        {t("popupLink")}
      </a>
    </div>
  );
}
