import { describe, expect, it } from "vitest";
import { contract, createContract, FILE_PREFIXES, LANGUAGES, PAGES, type Route, SLUGS } from "@/lib/contract";

const route = (url: string): Route => {
  const u = new URL(url, "http://site");
  return contract.route(u.pathname, u.searchParams);
};
const internal = (url: string) => {
  const r = route(url);
  return r.kind === "page" ? r.internal : r;
};
const redirect = (url: string) => {
  const r = route(url);
  return r.kind === "redirect" ? r.location : r;
};

describe("the router: every URL family of the contract", () => {
  it.each([
    ["/", "/en"],
    ["/centers/moscow", "/en/centers/moscow"],
    ["/centers/yuzhno-sakhalinsk/", "/en/centers/yuzhno-sakhalinsk"],
    ["/ja", "/ja"],
    ["/ja/", "/ja"],
    ["/ru/centers/vladivostok", "/ru/centers/vladivostok"],
    ["/sources", "/en/sources"],
    ["/ja/about", "/ja/about"],
    ["/embed", "/en/embed"],
    ["/embed/moscow", "/en/embed/moscow"],
    ["/ru/embed/nizhny-novgorod", "/ru/embed/nizhny-novgorod"],
    ["/embed?theme=dark&panel=0&controls=0", "/en/embed"],
    // Dated views: every date is the view's own page, which shows the date in the browser
    // (decision 012); the date never reaches a route.
    ["/?asof=2001-01-01", "/en"],
    ["/centers/moscow?asof=1999-06-01", "/en/centers/moscow"],
    ["/ja/centers/moscow?asof=1999-06-01", "/ja/centers/moscow"],
    ["/embed/moscow?asof=1999-06-01&theme=dark", "/en/embed/moscow"],
    ["/ru/embed?asof=2025-02-01", "/ru/embed"],
    ["/?asof=1900-01-01", "/en"],
    ["/?asof=%202001-01-01%20", "/en"],
    ["/centers/moscow?asof=not a date", "/en/centers/moscow"],
    ["/centers/moscow?asof=1999-02-30", "/en/centers/moscow"],
    ["/centers/moscow?asof=", "/en/centers/moscow"],
    // Text pages take no date.
    ["/sources?asof=2000-01-01", "/en/sources"],
    // A language parameter means something only on an English embed.
    ["/centers/moscow?lang=ja", "/en/centers/moscow"],
    ["/embed?lang=fr", "/en/embed"],
    ["/embed?lang=en", "/en/embed"],
    ["/ja/embed?lang=ru", "/ja/embed"],
  ])("%s is served by %s", (url, expected) => {
    expect(internal(url)).toBe(expected);
  });

  it("sends no requested value into a route: every date of a view is one page", () => {
    expect(internal(`/?asof=${"9".repeat(4000)}`)).toBe("/en");
    const pages = new Set(
      ["1994-03-03", "1999-06-01", "1999-12-31", "2025-01-19", "2026-01-01", "x"].map((d) => internal(`/?asof=${d}`)),
    );
    expect([...pages]).toEqual(["/en"]);
  });

  it("prerenders each map view once (generateStaticParams)", () => {
    const site = contract.staticSegments(false);
    const embeds = contract.staticSegments(true);
    expect(site).toHaveLength(contract.locales.length * (contract.slugs.length + 1));
    expect(embeds).toHaveLength(site.length);
    expect(site).toContainEqual({ locale: "ja", view: ["centers", "moscow"] });
    expect(embeds).toContainEqual({ locale: "en", view: ["moscow"] });
    expect(embeds).toContainEqual({ locale: "ru", view: [] });
  });

  it.each([
    // One address per view: the default language has no prefix.
    ["/en", "/"],
    ["/en/", "/"],
    ["/en/centers/moscow?asof=2000-01-01", "/centers/moscow?asof=2000-01-01"],
    ["/en/about", "/about"],
    ["/en/embed/moscow?childId=abc", "/embed/moscow?childId=abc"],
    // Internal dated addresses have a public form with ?asof=.
    ["/asof/2000-01-01/centers/moscow", "/centers/moscow?asof=2000-01-01"],
    ["/asof/2000-01-01", "/?asof=2000-01-01"],
    ["/ja/asof/2000-01-01", "/ja?asof=2000-01-01"],
    ["/en/asof/2000-01-01/centers/moscow", "/centers/moscow?asof=2000-01-01"],
    ["/embed/asof/2000-01-01/moscow?theme=dark", "/embed/moscow?theme=dark&asof=2000-01-01"],
    ["/ru/embed/asof/2000-01-01", "/ru/embed?asof=2000-01-01"],
    ["/asof/2000-01-01/centers/moscow?asof=1999-01-01", "/centers/moscow?asof=2000-01-01"],
    // An English embed's ?lang= is the language's own embed, its other parameters kept.
    ["/embed/moscow?lang=ja&theme=dark", "/ja/embed/moscow?theme=dark"],
    ["/embed?lang=ru", "/ru/embed"],
    ["/embed?lang=ru&childId=x&asof=2001-01-01", "/ru/embed?asof=2001-01-01&childId=x"],
  ])("%s redirects (308) to %s", (url, expected) => {
    expect(redirect(url)).toBe(expected);
    expect(route(url)).toMatchObject({ kind: "redirect", status: 308 });
  });

  it("treats dot segments as no page when they reach it unresolved", () => {
    expect(contract.route("/centers/..", new URLSearchParams())).toEqual({ kind: "not-found", locale: "en" });
    expect(contract.route("/ja/./centers/moscow", new URLSearchParams())).toEqual({ kind: "not-found", locale: "ja" });
  });

  it.each([
    "/_next/static/chunks/app.js",
    "/data/centers.json",
    "/data/events.csv",
    "/oembed",
    "/oembed?url=http://site/centers/moscow",
    "/og/moscow.ja.png",
    "/basemap/basemap-1a2b3c.geojson",
    "/vendor/maplibre-gl-worker-6.17.0.mjs",
    "/fonts/noto-sans-jp-subset-400-abc.woff2",
    "/embed.js",
    "/robots.txt",
    "/sitemap.xml",
    "/icon.svg",
  ])("%s is a file: passed through", (url) => {
    expect(route(url)).toEqual({ kind: "file" });
  });

  it.each(FILE_PREFIXES.flatMap((prefix) => [`/${prefix}/about`, `/${prefix}/page-not-found`, `/${prefix}/sources/`]))(
    "%s (a file prefix, no file name) is the 404 page, not a page with the prefix as its language",
    (url) => {
      expect(route(url)).toEqual({ kind: "not-found", locale: "en" });
    },
  );

  it("answers 400 for a path Next could not decode", () => {
    expect(route("/data/%")).toMatchObject({ kind: "bad-request" });
    expect(route("/centers/%E0%A4%A")).toMatchObject({ kind: "bad-request" });
  });
});

describe("views: public links and internal routes", () => {
  it("builds each link of the README's table", () => {
    const v = contract.view;
    expect(contract.href(v({ locale: "en", page: "overview" }))).toBe("/");
    expect(contract.href(v({ locale: "ja", page: "overview" }))).toBe("/ja");
    expect(contract.href(v({ locale: "en", page: "centre", slug: "moscow" }))).toBe("/centers/moscow");
    expect(contract.href(v({ locale: "ru", page: "centre", slug: "moscow", asof: "1999-06-01" }))).toBe(
      "/ru/centers/moscow?asof=1999-06-01",
    );
    expect(contract.href(v({ locale: "en", page: "about" }))).toBe("/about");
    expect(
      contract.href(
        v({
          locale: "ja",
          page: "centre",
          slug: "vladivostok",
          embedded: true,
          asof: "2025-08-01",
          options: { theme: "dark", panel: false, controls: true, childId: null },
        }),
      ),
    ).toBe("/ja/embed/vladivostok?theme=dark&panel=0&asof=2025-08-01");
    // Text pages have no embed and no date.
    expect(contract.href(v({ locale: "en", page: "sources", embedded: true, asof: "2000-01-01" }))).toBe("/sources");
  });

  it("round-trips: every view parses back from its link, and routes to its internal path", () => {
    for (const view of contract.allViews()) {
      for (const asof of view.page === "overview" || view.page === "centre" ? [null, "2001-06-30"] : [null]) {
        const dated = { ...view, asof };
        const url = new URL(contract.href(dated), "http://site");
        expect(contract.parseView(url.pathname, url.searchParams)).toEqual(dated);
        expect(contract.route(url.pathname, url.searchParams)).toEqual({
          kind: "page",
          view: dated,
          internal: contract.internalPath(dated),
        });
        // The internal path (what the browser's router may report after a rewrite) reads the same.
        expect(contract.parseView(contract.internalPath(dated), url.searchParams)).toEqual(dated);
      }
    }
  });

  it("reads the segments of the catch-all routes", () => {
    expect(contract.viewFromSegments("ja", false, ["asof", "1999-06-01", "centers", "moscow"])).toMatchObject({
      locale: "ja",
      page: "centre",
      slug: "moscow",
      asof: "1999-06-01",
      embedded: false,
    });
    expect(contract.viewFromSegments("en", true, ["asof", "not%20a%20date"])).toMatchObject({
      page: "overview",
      embedded: true,
      asof: "not a date",
    });
    expect(contract.viewFromSegments("en", false, ["centers", "tokyo"])).toBeNull();
    expect(contract.viewFromSegments("en", true, ["moscow", "x"])).toBeNull();
  });

  it("lists the static routes of both catch-alls: 7 views a language, site and embed", () => {
    expect(contract.staticSegments(false)).toHaveLength(7 * 3);
    expect(contract.staticSegments(false)).toContainEqual({ locale: "ja", view: ["centers", "moscow"] });
    expect(contract.staticSegments(false)).toContainEqual({ locale: "en", view: [] });
    expect(contract.staticSegments(true)).toContainEqual({ locale: "ru", view: ["moscow"] });
    expect(contract.staticSegments(true)).toContainEqual({ locale: "en", view: [] });
  });

  it("gives every language version of a view, and English as x-default", () => {
    const v = contract.view({ locale: "ja", page: "centre", slug: "moscow", asof: "2000-01-01" });
    expect(contract.alternates(v, "https://m.example")).toEqual({
      en: "https://m.example/centers/moscow?asof=2000-01-01",
      ja: "https://m.example/ja/centers/moscow?asof=2000-01-01",
      ru: "https://m.example/ru/centers/moscow?asof=2000-01-01",
      "x-default": "https://m.example/centers/moscow?asof=2000-01-01",
    });
  });
});

describe("a language or a centre is one change to the contract", () => {
  const withGerman = createContract({
    languages: { ...LANGUAGES, de: { intl: "de-DE", autonym: "Deutsch", openGraph: "de_DE" } },
    slugs: [...SLUGS, "sapporo"],
    defaultLocale: "en",
  });

  it("the router serves the new language and the new slug", () => {
    const r = withGerman.route("/de/centers/sapporo", new URLSearchParams());
    expect(r).toMatchObject({ kind: "page", internal: "/de/centers/sapporo" });
    expect(withGerman.route("/de/nothing", new URLSearchParams())).toEqual({ kind: "not-found", locale: "de" });
    expect(withGerman.route("/embed/sapporo", new URLSearchParams("lang=de"))).toMatchObject({
      kind: "redirect",
      location: "/de/embed/sapporo",
    });
  });

  it("the sitemap, the alternates, the export's list and the static routes include it", () => {
    const urls = withGerman.sitemap("https://m.example", "2026-11-30").map((e) => e.url);
    expect(urls).toContain("https://m.example/de");
    expect(urls).toContain("https://m.example/de/centers/sapporo");
    expect(urls).toContain("https://m.example/centers/sapporo");
    expect(urls).toHaveLength(4 * (1 + 7 + 2));
    const v = withGerman.view({ locale: "en", page: "about" });
    expect(withGerman.alternates(v)).toMatchObject({ de: "/de/about", en: "/about", "x-default": "/about" });
    const list = withGerman.exportList();
    expect(list.pages).toContain("/de/embed/sapporo");
    expect(list.pages).toContain("/de/sources");
    expect(list.notFound).toContainEqual({ locale: "de", probe: "/de/no-such-page", file: "de/404.html" });
    expect(list.files).toContain("/og/sapporo.de.png");
    expect(list.files).toEqual(expect.arrayContaining(["/updates.atom", "/de/updates.atom"]));
    expect(withGerman.feed("de")).toBe("/de/updates.atom");
    expect(withGerman.route("/de/updates.atom")).toEqual({ kind: "file" });
    expect(withGerman.staticSegments(false)).toContainEqual({ locale: "de", view: ["centers", "sapporo"] });
    expect(withGerman.staticSegments(true)).toContainEqual({ locale: "de", view: ["sapporo"] });
  });

  it("an old slug redirects to its new one", () => {
    const renamed = createContract({
      languages: LANGUAGES,
      slugs: SLUGS,
      slugRedirects: { "st-petersburg": "saint-petersburg" },
      defaultLocale: "en",
    });
    expect(renamed.route("/ja/centers/st-petersburg", new URLSearchParams("asof=2000-01-01"))).toEqual({
      kind: "redirect",
      location: "/ja/centers/saint-petersburg?asof=2000-01-01",
      status: 308,
    });
    expect(renamed.route("/embed/st-petersburg", new URLSearchParams())).toMatchObject({
      location: "/embed/saint-petersburg",
    });
    // Its pictures too, with their options.
    expect(renamed.parseImage("/ru/images/st-petersburg.png", new URLSearchParams("theme=dark"))).toEqual({
      kind: "redirect",
      location: "/ru/images/saint-petersburg.png?theme=dark",
      status: 308,
    });
  });
});

describe("map images: addresses and options", () => {
  it("writes the address of every view's picture, defaults left out", () => {
    expect(contract.image({ locale: "en", slug: null }, "png")).toBe("/images/overview.png");
    expect(contract.image({ locale: "ja", slug: "moscow" }, "svg", { asof: "1999-06-01", theme: "dark" })).toBe(
      "/ja/images/moscow.svg?asof=1999-06-01&theme=dark",
    );
    expect(contract.image({ locale: "ru", slug: "vladivostok" }, "png", { theme: "light" })).toBe(
      "/ru/images/vladivostok.png",
    );
    expect(
      contract.image({ locale: "en", slug: "moscow" }, "png", { asof: "1999-06-01", version: "2026-11-30.abc" }),
    ).toBe("/images/moscow.png?asof=1999-06-01&v=2026-11-30.abc");
    // Every view, each language and format: 7 × 3 × 2.
    expect(contract.images()).toHaveLength(7 * 3 * 2);
  });

  it("reads back what it writes", () => {
    for (const path of contract.images()) {
      for (const query of ["", "?asof=1999-06-01", "?theme=dark&asof=2025-09-10"]) {
        const url = new URL(`http://x${path}${query}`);
        const parsed = contract.parseImage(url.pathname, url.searchParams);
        expect(parsed.kind, `${path}${query}`).toBe("image");
        if (parsed.kind !== "image") continue;
        const again = contract.image(parsed, parsed.format, { asof: parsed.asof, theme: parsed.theme });
        expect(new URL(`http://x${again}`).searchParams.get("asof")).toBe(url.searchParams.get("asof"));
        expect(new URL(`http://x${again}`).pathname).toBe(path);
      }
    }
  });

  it("answers a wrong name with a 404, a wrong theme with a 400, and /en/ with the unprefixed address", () => {
    const parse = (s: string) => {
      const url = new URL(`http://x${s}`);
      return contract.parseImage(url.pathname, url.searchParams);
    };
    expect(parse("/images/tokyo.png").kind).toBe("not-found");
    expect(parse("/images/moscow.jpg").kind).toBe("not-found");
    expect(parse("/fr/images/moscow.png").kind).toBe("not-found");
    expect(parse("/images/ja/moscow.png").kind).toBe("not-found");
    // An empty option is the default, as nginx reads it; the version is carried as written.
    expect(parse("/images/moscow.png?theme=&v=x")).toMatchObject({ kind: "image", theme: "light", version: "x" });
    expect(parse("/images/moscow.png?theme=blue")).toEqual({
      kind: "bad-request",
      reason: "theme must be one of light, dark",
    });
    expect(parse("/en/images/moscow.png?theme=dark")).toEqual({
      kind: "redirect",
      location: "/images/moscow.png?theme=dark",
      status: 308,
    });
    // A date is carried as written (the route parses and clamps it against the data), cut to length.
    const long = parse(`/images/moscow.png?asof=${"9".repeat(200)}`);
    expect(long.kind === "image" && long.asof?.length).toBe(64);
    // The router passes images through to their route handlers.
    expect(contract.route("/ja/images/moscow.png").kind).toBe("file");
  });

  it("names the file the static export keeps for each theme", () => {
    expect(contract.imageFile({ locale: "en", slug: null }, "png")).toBe("/images/overview.png");
    expect(contract.imageFile({ locale: "ja", slug: "moscow" }, "svg", { theme: "dark" })).toBe(
      "/ja/images/dark/moscow.svg",
    );
    expect(contract.imageFile({ locale: "ru", slug: null }, "png", { theme: "dark" })).toBe(
      "/ru/images/dark/overview.png",
    );
  });

  it("moving a page is one edit of its segments: links follow, the old address redirects", () => {
    const moved = createContract({
      languages: LANGUAGES,
      slugs: SLUGS,
      defaultLocale: "en",
      pages: {
        ...PAGES,
        sources: { ...PAGES.sources, segments: ["references"], formerly: [["sources"]] },
        centre: { ...PAGES.centre, segments: ["centres", ":slug"], formerly: [["centers", ":slug"]] },
      },
    });
    // Every link is to the new address…
    expect(moved.page("ja", "sources")).toBe("/ja/references");
    expect(moved.page("en", "centre", "moscow")).toBe("/centres/moscow");
    expect(
      moved.link(moved.view({ locale: "ru", page: "overview", asof: "2000-01-01" }), {
        page: "centre",
        slug: "moscow",
      }),
    ).toBe("/ru/centres/moscow?asof=2000-01-01");
    expect(moved.sitemap("https://x", "2026-01-01").map((e) => e.url)).toContain("https://x/ja/references");
    expect(moved.exportList().pages).toContain("/ru/centres/khabarovsk");
    // …which renders the page from its unmoved folder…
    expect(moved.route("/ja/references")).toEqual({
      kind: "page",
      view: moved.view({ locale: "ja", page: "sources" }),
      internal: "/ja/sources",
    });
    expect(moved.route("/centres/moscow")).toMatchObject({ kind: "page", internal: "/en/centers/moscow" });
    expect(moved.staticSegments(false)).toContainEqual({ locale: "en", view: ["centers", "moscow"] });
    // …and the old address redirects, with its language and query, by the table an old slug uses.
    expect(moved.route("/sources")).toEqual({ kind: "redirect", location: "/references", status: 308 });
    expect(moved.route("/ja/sources", new URLSearchParams("x=1"))).toEqual({
      kind: "redirect",
      location: "/ja/references?x=1",
      status: 308,
    });
    expect(moved.route("/ru/centers/moscow", new URLSearchParams("asof=1999"))).toEqual({
      kind: "redirect",
      location: "/ru/centres/moscow?asof=1999",
      status: 308,
    });
    // The embed's address does not name the page: it does not move.
    expect(moved.route("/embed/moscow")).toMatchObject({ kind: "page", internal: "/en/embed/moscow" });
    // What the browser's router reports after the rewrite is still read as the view.
    expect(moved.parseView("/en/sources")).toMatchObject({ page: "sources", locale: "en" });
    // Static hosts get the same redirects.
    expect(moved.redirects()).toEqual(
      expect.arrayContaining([
        { from: "/sources", to: "/references" },
        { from: "/ja/sources", to: "/ja/references" },
        { from: "/ru/centers/moscow", to: "/ru/centres/moscow" },
      ]),
    );
    expect(moved.redirects()).toHaveLength(Object.keys(LANGUAGES).length * (1 + SLUGS.length));
    for (const { from, to } of moved.redirects()) {
      expect(moved.route(from), from).toEqual({ kind: "redirect", location: to, status: 308 });
    }
    // The real contract has nothing to redirect yet.
    expect(contract.redirects()).toEqual([]);
  });

  it("an old slug is in the static hosts' redirects, for pages, embeds and pictures", () => {
    const renamed = createContract({
      languages: LANGUAGES,
      slugs: SLUGS,
      slugRedirects: { "st-petersburg": "saint-petersburg" },
      defaultLocale: "en",
    });
    const table = renamed.redirects();
    expect(table).toEqual(
      expect.arrayContaining([
        { from: "/centers/st-petersburg", to: "/centers/saint-petersburg" },
        { from: "/ja/embed/st-petersburg", to: "/ja/embed/saint-petersburg" },
        { from: "/ru/images/st-petersburg.png", to: "/ru/images/saint-petersburg.png" },
      ]),
    );
    // Each is what the Node server answers for the same address.
    for (const { from, to } of table) {
      const answer = from.includes("/images/") ? renamed.parseImage(from) : renamed.route(from);
      expect(answer, from).toEqual({ kind: "redirect", location: to, status: 308 });
    }
  });
});
