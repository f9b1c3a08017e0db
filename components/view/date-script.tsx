import { DateSync } from "@/lib/client/use-view";
import type { Locale } from "@/lib/contract";
import { firstPaintScript } from "@/lib/date-state";
import { dateConfig } from "@/lib/server/date-config";

/**
 * First in a map layout, before anything dated: the script that shows the date in the address
 * before the first paint (lib/date-state.ts; allowed by its hash), and the component that keeps
 * it in step with the address after navigations inside the app.
 */
export function DateScript({ locale }: { locale: Locale }) {
  return (
    <>
      <script
        // biome-ignore lint/security/noDangerouslySetInnerHtml: our code and our dataset's dates, no input in them
        dangerouslySetInnerHTML={{ __html: firstPaintScript(dateConfig(locale)) }}
      />
      <DateSync />
    </>
  );
}
