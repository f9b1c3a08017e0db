// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ShareDialog } from "@/components/share/share-dialog.client";
import { IMAGE_VERSION } from "@/generated/image-version";
import { ClientI18nProvider } from "@/lib/client/i18n";
import { ViewProvider } from "@/lib/client/use-view";
import { dateConfig } from "@/lib/server/date-config";
import { clientMessages } from "@/lib/server/messages";

// The Share dialog as a reader uses it (issue 26): the link to this view, the embed builder's
// snippet and preview for the options chosen, and the picture's links, on this date.

let pathname = "/";
vi.mock("next/navigation", () => ({ usePathname: () => pathname }));

const writeText = vi.fn<(text: string) => Promise<void>>();

function renderDialog(address: string) {
  const url = new URL(address, "http://localhost");
  pathname = url.pathname;
  window.history.replaceState(null, "", address);
  render(
    <ClientI18nProvider locale="en" messages={clientMessages("en", { count: 6 })}>
      <ViewProvider config={dateConfig("en")}>
        <ShareDialog names={{ vladivostok: "Vladivostok", moscow: "Moscow" }} />
      </ViewProvider>
    </ClientI18nProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Share / Embed" }));
  return screen.getByRole("dialog", { hidden: true });
}

beforeEach(() => {
  // jsdom has the element but not the modal behaviour; and no clipboard.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  writeText.mockReset().mockResolvedValue();
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
});
afterEach(() => {
  cleanup();
  document.head.querySelector('meta[name="jcm-static-copy"]')?.remove();
});

describe("ShareDialog", () => {
  it("offers the address as it is, date and camera included, and copies it", async () => {
    const dialog = renderDialog("/centers/moscow?asof=1999-06-01#map=5/55.75/37.62");
    const field = within(dialog).getByRole<HTMLInputElement>("textbox", { name: "Link to this view" });
    expect(field.value).toBe(`${window.location.origin}/centers/moscow?asof=1999-06-01#map=5/55.75/37.62`);
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Copy link" })));
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(within(dialog).getByRole("status").textContent).toBe("Link copied to the clipboard.");
  });

  it("says so when the clipboard refuses", async () => {
    writeText.mockRejectedValue(new Error("denied"));
    const dialog = renderDialog("/");
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Copy link" })));
    expect(within(dialog).getByRole("status").textContent).toBe(
      "Could not copy: select the link and copy it yourself.",
    );
  });

  it("builds the embed for the centre, language and options chosen, on this date", async () => {
    const dialog = renderDialog("/?asof=2001-06-30");
    fireEvent.click(within(dialog).getByRole("tab", { name: "Embed" }));
    fireEvent.change(within(dialog).getByRole("combobox", { name: "Centre" }), { target: { value: "vladivostok" } });
    fireEvent.change(within(dialog).getByRole("combobox", { name: "Theme" }), { target: { value: "dark" } });
    fireEvent.change(within(dialog).getByRole("combobox", { name: "Language" }), { target: { value: "ja" } });
    fireEvent.click(within(dialog).getByRole("checkbox", { name: /panel/i }));
    const expected = "/ja/embed/vladivostok?theme=dark&panel=0&asof=2001-06-30";
    expect(
      within(dialog)
        .getByTitle(/preview/i)
        .getAttribute("src"),
    ).toBe(expected);
    const code = within(dialog).getByRole<HTMLTextAreaElement>("textbox", { name: "Code to paste into your page" });
    expect(code.value).toContain(`src="${window.location.origin}${expected.replaceAll("&", "&amp;")}"`);
    expect(code.value).toContain("Japan Centers in Russia: Vladivostok (map)");
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Copy embed code" })));
    expect(writeText).toHaveBeenCalledWith(code.value);
  });

  it("links this view's picture on this date, in the theme chosen, with the pictures' version", () => {
    const dialog = renderDialog("/ja/centers/moscow?asof=1999-06-01");
    fireEvent.click(within(dialog).getByRole("tab", { name: "Image" }));
    fireEvent.change(within(dialog).getByRole("combobox", { name: "Theme" }), { target: { value: "dark" } });
    const png = dialog.querySelector("[data-image-download='png']")?.getAttribute("href");
    expect(png).toBe(`/ja/images/moscow.png?asof=1999-06-01&theme=dark&v=${encodeURIComponent(IMAGE_VERSION)}`);
    expect(dialog.querySelector("[data-testid='image-latest-only']")).toBeNull();
  });

  it("on a static copy, links the latest picture's file and says a date needs the map's server", () => {
    const meta = document.createElement("meta");
    meta.name = "jcm-static-copy";
    document.head.append(meta);
    const dialog = renderDialog("/centers/moscow?asof=1999-06-01");
    fireEvent.click(within(dialog).getByRole("tab", { name: "Image" }));
    expect(dialog.querySelector("[data-image-download='svg']")?.getAttribute("href")).toBe("/images/moscow.svg");
    expect(dialog.querySelector("[data-testid='image-latest-only']")).not.toBeNull();
  });
});
