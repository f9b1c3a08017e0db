import { useTranslations } from "next-intl";
import { StatusIcon } from "@/components/ui/status-icon";
import type { CenterStatus } from "@/lib/status";

/** A centre's status: its map shape and its name. */
export function StatusBadge({ status }: { status: CenterStatus }) {
  const t = useTranslations("status");
  return (
    <span
      data-status={status}
      className="border-line text-ink bg-paper inline-flex items-center gap-1.5 rounded border px-1.5 py-0.5 text-[0.75rem] leading-none font-medium"
    >
      <StatusIcon status={status} size="h-2.5 w-2.5" />
      {t(status)}
    </span>
  );
}
