import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contract } from "@/lib/contract";
import { ASOF_RANGE, STATE_DATES } from "@/lib/states.generated";
import { STATIC_DATES_SCRIPTS } from "@/lib/static-dates";

/** Runs one of the export's first-paint scripts at an address; returns where it sends the reader, if anywhere. */
function run(address: string, script: keyof typeof STATIC_DATES_SCRIPTS = "toState") {
  const url = new URL(address, "http://static.test");
  const out: { replace?: string; replaceState?: string; hidden?: boolean } = {};
  const location = {
    pathname: url.pathname,
    search: url.search,
    hash: url.hash,
    replace: (to: string) => {
      out.replace = to;
    },
  };
  const history = {
    state: null,
    replaceState: (_: unknown, __: string, to: string) => {
      out.replaceState = to;
    },
  };
  const document = { documentElement: { style: {} as Record<string, string>, dataset: {} as Record<string, string> } };
  runInNewContext(STATIC_DATES_SCRIPTS[script], { location, history, document, URLSearchParams, Date });
  out.hidden = document.documentElement.style.visibility === "hidden";
  return out;
}

const MAP_PAGES = contract
  .allViews()
  .filter((v) => v.page === "overview" || v.page === "centre")
  .map((v) => contract.path(v));

describe("the export's ?asof= script", () => {
  it("sends every dated map address to the internal page the Node server renders for it", () => {
    const dates = fc.oneof(
      fc
        .date({ min: new Date("1980-01-01"), max: new Date("2040-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.constantFrom(...STATE_DATES, ASOF_RANGE.min, ASOF_RANGE.max, "1999-06-01"),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...MAP_PAGES),
        dates,
        fc.constantFrom("", "&theme=dark", "#map=3/55/37"),
        (path, date, extra) => {
          const [more, hash] = extra.startsWith("#") ? ["", extra] : [extra, ""];
          const address = `${path}?asof=${date}${more}${hash}`;
          const route = contract.route(path, new URL(address, "http://x").searchParams);
          expect(route.kind).toBe("page");
          if (route.kind !== "page") return;
          const out = run(address);
          expect(out.replace).toBe(`${route.internal}?asof=${date}${more}${hash}`);
          expect(out.hidden).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("leaves the latest page where the server shows the latest state: no date, an empty or malformed one", () => {
    for (const q of [
      "",
      "?asof=",
      "?asof=garbage",
      "?asof=1999-02-30",
      "?asof=1999-6-1",
      "?asof=19990601",
      "?theme=dark",
    ]) {
      const out = run(`/centers/moscow${q}`);
      expect(out, q).toEqual({ hidden: false });
      expect(contract.route("/centers/moscow", new URL(`http://x/${q}`).searchParams)).toMatchObject({
        internal: "/en/centers/moscow",
      });
    }
  });

  it("reads the date as the server does: trimmed, the first of repeated values, clamped to the range", () => {
    expect(run("/?asof=%201999-06-01%20").replace).toBe(
      `/en/asof/${contract.stateDate({ asof: "1999-06-01" })}?asof=%201999-06-01%20`,
    );
    expect(run("/ja/embed/moscow?asof=1996-05-01&asof=2025-01-01").replace).toMatch(
      /^\/ja\/embed\/asof\/1996-04-30\/moscow\?/,
    );
    expect(run("/ru?asof=1900-01-01").replace).toBe(`/ru/asof/${STATE_DATES[0]}?asof=1900-01-01`);
    expect(run("/embed?asof=2999-01-01").replace).toBe(`/en/embed/asof/${STATE_DATES.at(-1)}?asof=2999-01-01`);
  });

  it("sends an English embed's ?lang= to that language's embed, as the server's redirect does", () => {
    for (const address of [
      "/embed/moscow?lang=ja&theme=dark",
      "/embed?lang=ru",
      "/embed/vladivostok/?asof=1999-06-01&lang=ja&childId=x",
    ]) {
      const url = new URL(address, "http://x");
      const route = contract.route(url.pathname, url.searchParams);
      expect(route.kind, address).toBe("redirect");
      if (route.kind !== "redirect") continue;
      const sent = new URL(run(address).replace ?? "", "http://x");
      const expected = new URL(route.location, "http://x");
      expect(sent.pathname, address).toBe(expected.pathname.replace(/\/$/, ""));
      expect([...sent.searchParams].sort(), address).toEqual([...expected.searchParams].sort());
    }
    // Not on the site's pages, nor for a language the site lacks.
    expect(run("/centers/moscow?lang=ja")).toEqual({ hidden: false });
    expect(run("/embed?lang=fr")).toEqual({ hidden: false });
    expect(run("/ja/embed?lang=ru")).toEqual({ hidden: false });
  });

  it("on a state's page, shows the public address with the date the reader asked for", () => {
    const shown = (address: string) => run(address, "toPublic").replaceState;
    expect(shown("/en/asof/1997-07-01/centers/moscow?asof=1999-06-01#map=4/55/37")).toBe(
      "/centers/moscow?asof=1999-06-01#map=4/55/37",
    );
    expect(shown("/ja/embed/asof/1997-07-01/moscow/?asof=1999-06-01&theme=dark")).toBe(
      "/ja/embed/moscow?asof=1999-06-01&theme=dark",
    );
    // Reached without a date (a link to the file itself): the state's first day.
    expect(shown("/en/asof/1997-07-01")).toBe("/?asof=1997-07-01");
    expect(shown("/en/embed/asof/1997-07-01/")).toBe("/embed?asof=1997-07-01");
    expect(shown("/ru/asof/1997-07-01")).toBe("/ru?asof=1997-07-01");
    // Served at its public address (by a server that reads the query): nothing to do.
    expect(run("/centers/moscow?asof=1999-06-01", "toPublic")).toEqual({ hidden: false });
  });

  it("every public address a state's page is reached from comes back as it was", () => {
    for (const path of MAP_PAGES) {
      for (const query of ["?asof=1999-06-01", "?theme=dark&asof=2025-01-20&panel=0"]) {
        const sent = run(`${path}${query}#map=3/50/60`).replace ?? "";
        expect(run(sent, "toPublic").replaceState, path).toBe(`${path}${query}#map=3/50/60`);
      }
    }
  });
});

describe("the static copy is marked for the Share dialog", () => {
  it("both scripts mark every page they run on, whatever they then do (the dialog links the saved pictures)", () => {
    for (const script of ["toState", "toPublic"] as const) {
      for (const address of ["/", "/centers/moscow?asof=1999-06-01", "/ja/asof/1997-07-01/centers/moscow", "/about"]) {
        const url = new URL(address, "http://static.test");
        const document = { documentElement: { style: {}, dataset: {} as Record<string, string> } };
        const location = { pathname: url.pathname, search: url.search, hash: "", replace: () => undefined };
        const history = { state: null, replaceState: () => undefined };
        runInNewContext(STATIC_DATES_SCRIPTS[script], { location, history, document, URLSearchParams, Date });
        expect(document.documentElement.dataset.jcmStatic, `${script} ${address}`).toBe("1");
      }
    }
  });
});
