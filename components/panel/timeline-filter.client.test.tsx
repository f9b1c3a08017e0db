// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { TimelineFilter } from "@/components/panel/timeline-filter.client";
import { ClientI18nProvider } from "@/lib/client/i18n";
import { clientMessages } from "@/lib/server/messages";

// The timeline filter as a reader uses it, with the English messages the page sends: the list it
// wraps is the server's (here, four events), the filter hides what does not match and says how
// many it shows. (Moved from e2e/timeline.spec.ts: it needs no browser, issue 26.)

const EVENTS = [
  { id: "khabarovsk-opening", cities: "khabarovsk", type: "opening" },
  { id: "vladivostok-inspection", cities: "vladivostok", type: "inspection" },
  { id: "order-11r", cities: "all", type: "agreement" },
  { id: "vladivostok-opening", cities: "vladivostok", type: "opening" },
];

function renderFilter() {
  return render(
    <ClientI18nProvider locale="en" messages={clientMessages("en", { count: 6 })}>
      <TimelineFilter
        centres={[
          { value: "khabarovsk", label: "Khabarovsk" },
          { value: "vladivostok", label: "Vladivostok" },
        ]}
        types={[
          { value: "opening", label: "Opening" },
          { value: "inspection", label: "Inspection" },
          { value: "agreement", label: "Agreement" },
        ]}
        total={EVENTS.length}
      >
        <ol>
          {EVENTS.map((e) => (
            <li key={e.id} data-event-id={e.id} data-cities={e.cities} data-type={e.type}>
              {e.id}
            </li>
          ))}
        </ol>
      </TimelineFilter>
    </ClientI18nProvider>,
  );
}

const shown = () =>
  [...document.querySelectorAll<HTMLLIElement>("li[data-event-id]")]
    .filter((li) => !li.hidden)
    .map((li) => li.dataset.eventId);

afterEach(cleanup);

describe("TimelineFilter", () => {
  it("shows every event at first, and says so", () => {
    renderFilter();
    expect(shown()).toEqual(EVENTS.map((e) => e.id));
    expect(screen.getByText("Showing 4 of 4 events.")).toBeTruthy();
    // "All six": the count is the data's, filled in on the server.
    expect(screen.getByRole("option", { name: "All six" })).toBeTruthy();
  });

  it("by centre: that centre's events and the network-wide ones", async () => {
    const user = userEvent.setup();
    renderFilter();
    await user.selectOptions(screen.getByRole("combobox", { name: "Centre" }), "vladivostok");
    expect(shown()).toEqual(["vladivostok-inspection", "order-11r", "vladivostok-opening"]);
    expect(screen.getByText("Showing 3 of 4 events.")).toBeTruthy();
  });

  it("by type, with the centre: both apply, and a type checked again comes back", async () => {
    const user = userEvent.setup();
    renderFilter();
    await user.selectOptions(screen.getByRole("combobox", { name: "Centre" }), "vladivostok");
    await user.click(screen.getByRole("checkbox", { name: "Inspection" }));
    expect(shown()).toEqual(["order-11r", "vladivostok-opening"]);
    expect(screen.getByText("Showing 2 of 4 events.")).toBeTruthy();
    await user.click(screen.getByRole("checkbox", { name: "Opening" }));
    expect(shown()).toEqual(["order-11r"]);
    await user.click(screen.getByRole("checkbox", { name: "Inspection" }));
    expect(shown()).toEqual(["vladivostok-inspection", "order-11r"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Centre" }), "");
    expect(shown()).toEqual(["vladivostok-inspection", "order-11r"]);
    expect(screen.getByText("Showing 2 of 4 events.")).toBeTruthy();
  });
});
