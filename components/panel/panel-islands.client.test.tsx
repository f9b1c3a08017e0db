// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CiteThisView } from "@/components/panel/cite-this-view.client";
import { EscapeToOverview } from "@/components/panel/escape-to-overview.client";
import { ClientI18nProvider } from "@/lib/client/i18n";
import { ViewProvider } from "@/lib/client/use-view";
import { dateConfig } from "@/lib/server/date-config";
import { clientMessages } from "@/lib/server/messages";
import { SITE_URL } from "@/lib/site";

// The centre panel's two islands (issue 26): Escape back to the overview in the same context,
// and "Cite this view" with the date in the address and the day it was read.

let pathname = "/";
const push = vi.fn();
vi.mock("next/navigation", () => ({ usePathname: () => pathname, useRouter: () => ({ push }) }));

function renderIn(address: string, children: React.ReactNode) {
  pathname = new URL(address, "http://localhost").pathname;
  window.history.replaceState(null, "", address);
  render(
    <ClientI18nProvider locale="en" messages={clientMessages("en", { count: 6 })}>
      <ViewProvider config={dateConfig("en")}>{children}</ViewProvider>
    </ClientI18nProvider>,
  );
}

beforeEach(() => push.mockReset());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("EscapeToOverview", () => {
  it("goes back to the overview in the same language, embed, options and date", () => {
    renderIn("/ja/embed/moscow?theme=dark&asof=1999-06-01", <EscapeToOverview />);
    fireEvent.keyDown(document.body, { key: "Escape" });
    expect(push).toHaveBeenCalledWith("/ja/embed?theme=dark&asof=1999-06-01", { scroll: false });
  });

  it("does nothing on the overview, in a form field, for another key, or when handled already", () => {
    renderIn("/centers/moscow", <EscapeToOverview />);
    const field = document.createElement("input");
    document.body.append(field);
    fireEvent.keyDown(field, { key: "Escape" });
    fireEvent.keyDown(document.body, { key: "Enter" });
    const handled = new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true });
    handled.preventDefault();
    document.body.dispatchEvent(handled);
    expect(push).not.toHaveBeenCalled();
    field.remove();
    cleanup();
    renderIn("/", <EscapeToOverview />);
    fireEvent.keyDown(document.body, { key: "Escape" });
    expect(push).not.toHaveBeenCalled();
  });
});

describe("CiteThisView", () => {
  it("cites the view at the address's date, with the data version and the day it was read", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-04T10:00:00Z"));
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue();
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderIn(
      "/embed/vladivostok?asof=2025-08-01&panel=0",
      <CiteThisView
        title="Vladivostok Japan Center"
        permalink={`${SITE_URL}/centers/vladivostok`}
        dataVersion="2026-12-03"
      />,
    );
    const citation = screen.getByTestId("citation").textContent ?? "";
    // The page's own address, not the embed's, with the date.
    expect(citation).toContain(`${SITE_URL}/centers/vladivostok?asof=2025-08-01`);
    expect(citation).not.toContain("panel=0");
    expect(citation).toContain("data version 2026-12-03");
    expect(citation).toContain("2026-12-04");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy citation" })));
    expect(writeText).toHaveBeenCalledWith(citation);
    expect(screen.getByRole("status").textContent).toBe("Copied");
  });
});
