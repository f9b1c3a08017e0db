// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AsofControl } from "@/components/panel/asof-control.client";
import { ClientI18nProvider } from "@/lib/client/i18n";
import { ViewProvider } from "@/lib/client/use-view";
import { dateConfig } from "@/lib/server/date-config";
import { clientMessages } from "@/lib/server/messages";

// The date control as a reader uses it, on the overview, with the data's real range and the
// English messages; Play's steps run on Vitest's fake timers, never the wall clock (issue 26).

const config = dateConfig("en");
const asof = () => new URLSearchParams(window.location.search).get("asof");

function renderControl(search = "") {
  window.history.replaceState(null, "", `/${search}`);
  return render(
    <ClientI18nProvider locale="en" messages={clientMessages("en", { count: 6 })}>
      <ViewProvider config={config}>
        <AsofControl />
      </ViewProvider>
    </ClientI18nProvider>,
  );
}

/** Runs the page's timers and frames for `ms`, as the browser would while the reader waits. */
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => {
  // jsdom has no media queries: a reader who has not asked for reduced motion.
  window.matchMedia = ((query: string) =>
    ({ matches: false, media: query }) as MediaQueryList) as typeof window.matchMedia;
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "requestAnimationFrame"] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("AsofControl", () => {
  it("shows the latest state until a date is chosen, and Latest is then off", () => {
    renderControl();
    expect(screen.getByTestId("asof-label").textContent).toMatch(/^Latest \(/);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Latest" }).disabled).toBe(true);
  });

  it("Play steps a year at a time, writing each to the address; Pause stops it there", async () => {
    renderControl("?asof=1994-01-31");
    expect(asof()).toBe("1994-01-31");
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    expect(screen.getByRole("button", { name: "Pause" }).getAttribute("aria-pressed")).toBe("true");
    await wait(1_300);
    expect(asof()).toBe("1995-01-31");
    await wait(1_200);
    expect(asof()).toBe("1996-01-31");
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    await wait(60_000);
    expect(asof()).toBe("1996-01-31");
    expect(screen.getByRole("button", { name: "Play" }).getAttribute("aria-pressed")).toBe("false");
  });

  it("Play at the latest state starts again from the first month, and stops at the end", async () => {
    renderControl();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    await wait(100);
    expect(asof()?.slice(0, 7)).toBe(config.min.slice(0, 7));
    // Enough steps to reach the end, one a year from 1994: then it stops by itself.
    for (let step = 0; step < 40; step++) await wait(1_200);
    expect(screen.getByRole("button", { name: "Play" }).getAttribute("aria-pressed")).toBe("false");
    const end = asof();
    await wait(10_000);
    expect(asof()).toBe(end);
  });

  it("the slider writes the address once it rests, not on every step", async () => {
    renderControl("?asof=2000-06-30");
    const slider = screen.getByRole("slider");
    const before = window.location.search;
    fireEvent.change(slider, { target: { value: String(Number((slider as HTMLInputElement).value) + 1) } });
    fireEvent.change(slider, { target: { value: String(Number((slider as HTMLInputElement).value) + 1) } });
    // Shown at once…
    expect(screen.getByTestId("asof-label").textContent).toBe("31 August 2000");
    // …written after the delay.
    expect(window.location.search).toBe(before);
    await wait(300);
    expect(asof()?.slice(0, 7)).toBe("2000-08");
  });

  it("Latest goes back to the latest state and clears the address's date", async () => {
    renderControl("?asof=2000-06-30");
    fireEvent.click(screen.getByRole("button", { name: "Latest" }));
    await wait(50);
    expect(asof()).toBeNull();
    expect(screen.getByTestId("asof-label").textContent).toMatch(/^Latest \(/);
  });
});
