// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LanguageSwitcher } from "@/components/ui/language-switcher.client";
import { ClientI18nProvider } from "@/lib/client/i18n";
import { contract, type Locale } from "@/lib/contract";
import { clientMessages } from "@/lib/server/messages";

// The language switcher: the same view in every other language, marking the current one; the
// link followed keeps what the address says by then (the date, an embed's options, the camera).

let pathname = "/";
vi.mock("next/navigation", () => ({ usePathname: () => pathname }));

function renderSwitcher(locale: Locale, path: string) {
  pathname = path;
  window.history.replaceState(null, "", path);
  render(
    <ClientI18nProvider locale={locale} messages={clientMessages(locale, { count: 6 })}>
      <LanguageSwitcher />
    </ClientI18nProvider>,
  );
}

afterEach(cleanup);

describe("LanguageSwitcher", () => {
  it("links the same centre in each other language, and marks this one as current", () => {
    renderSwitcher("ja", "/ja/centers/moscow");
    const links = screen.getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(
      contract.locales.filter((l) => l !== "ja").map((l) => contract.page(l, "centre", "moscow")),
    );
    for (const a of links) expect(a.getAttribute("hreflang")).toBe(a.getAttribute("lang"));
    const current = screen.getByText("JA").closest("[aria-current]");
    expect(current?.getAttribute("aria-current")).toBe("true");
    // The code a reader sees starts the accessible name (WCAG 2.5.3).
    expect(screen.getAllByRole("link").map((a) => a.textContent)).toContain("RU Русский");
  });

  it("followed, it keeps the date, an embed's options and the camera the address has by then", () => {
    renderSwitcher("en", "/embed/moscow");
    window.history.replaceState(null, "", "/embed/moscow?theme=dark&asof=1999-06-01#map=5/55.75/37.62");
    const ru = screen.getByRole("link", { name: /^RU/ });
    fireEvent.click(ru);
    expect(ru.getAttribute("href")).toBe("/ru/embed/moscow?theme=dark&asof=1999-06-01#map=5/55.75/37.62");
  });

  it("on an address that is no view (a 404 page), it offers the overview in each language", () => {
    renderSwitcher("en", "/no-such-page");
    expect(screen.getByRole("link", { name: /^JA/ }).getAttribute("href")).toBe("/ja");
  });
});
