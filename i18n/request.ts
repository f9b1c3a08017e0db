import { getRequestConfig } from "next-intl/server";
import { contract, isLocale } from "@/lib/contract";
import { messagesFor } from "@/lib/server/messages";

// Server-side configuration per request (and per statically rendered page): the locale comes
// from the [locale] segment that proxy.ts rewrote to, set by setRequestLocale() in each layout.
// An explicit locale (getTranslations({ locale }) in generateMetadata) is used as given: awaiting
// requestLocale there would read the request headers and make every page dynamic. The languages
// are the URL contract's (lib/contract.ts): nothing is guessed from the browser.
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : contract.defaultLocale;
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
