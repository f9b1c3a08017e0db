// The URL contract (README, "What is where") as data: the one module that knows the public
// addresses, the languages and slugs, and the internal routes that render each page. The proxy,
// the pages, the sitemap, hreflang alternates, the language switcher, oEmbed, the export, the
// share/embed builder and the fuzz test all read it. Pure: no dataset, no Next, no React, so the
// proxy and client components can import it (docs/decisions/008-url-contract.md).
//
// Adding a language is an entry in LANGUAGES plus its message files; adding a centre is its
// record in data/ (the slugs are generated from it); moving a page is an edit of PAGES.
import { SLUGS } from "@/generated/slugs";

/** The site's languages. English is the reference and has no prefix; the others prefix every path. */
const SHIPPED = {
  en: { intl: "en-GB", autonym: "English", openGraph: "en_GB" },
  ja: { intl: "ja-JP", autonym: "日本語", openGraph: "ja_JP" },
  ru: { intl: "ru-RU", autonym: "Русский", openGraph: "ru_RU" },
} as const;

/**
 * The pseudo-locale: accented English a third longer, which a test build adds as a fourth
 * language (NEXT_PUBLIC_PSEUDO_LOCALE=1, scripts/pseudo-build.ts) to prove that a language is
 * this table and its message files, and to find text nobody translated. It never ships; typed as
 * a shipped language so that nothing is written for it alone.
 */
export const PSEUDO_LOCALE = "en-XA";
const PSEUDO = { [PSEUDO_LOCALE]: { intl: "en-XA", autonym: "[Ƥšéûðö]", openGraph: "en_XA" } };

export const LANGUAGES: typeof SHIPPED =
  process.env.NEXT_PUBLIC_PSEUDO_LOCALE === "1" ? ({ ...SHIPPED, ...PSEUDO } as typeof SHIPPED) : SHIPPED;

/**
 * The centres' slugs: `/centers/<slug>`, `/embed/<slug>`. A centre is its record in data/cities.json,
 * whose slugs `npm run generate` lists (scripts/generate-assets.mjs). A renamed slug gets a
 * redirect, never a 404.
 */
export { SLUGS };
/** Old slugs that still work, as permanent redirects to the current one (none yet). */
export const SLUG_REDIRECTS: Readonly<Record<string, Slug>> = {};

/**
 * The pages: the public path segments after the language, and the internal route's segments under
 * app/[locale]/ (the folder, which does not move when the address does). Map pages also have an
 * embed (`/embed`, `/embed/<slug>`). Moving a page is an edit of its `segments`, with the old
 * segments added to `formerly`: the old address then redirects (308), as an old slug does.
 */
export const PAGES: Readonly<Record<PageName, PageSpec>> = {
  overview: { segments: [], internal: [], map: true },
  centre: { segments: ["centers", ":slug"], internal: ["centers", ":slug"], map: true },
  sources: { segments: ["sources"], internal: ["sources"], map: false },
  about: { segments: ["about"], internal: ["about"], map: false },
};

export type PageName = "overview" | "centre" | "sources" | "about";
export type PageSpec = {
  /** The public address after the language; `:slug` stands for the centre. */
  readonly segments: readonly string[];
  /** The internal route that renders it (app/[locale]/…), which proxy.ts rewrites to. */
  readonly internal: readonly string[];
  /** Whether it shows the map (and so has an embed, a date and the map's options). */
  readonly map: boolean;
  /** Its earlier addresses, each redirected (308) to the current one. */
  readonly formerly?: readonly (readonly string[])[];
};

/**
 * The folders of files and route handlers, not pages: Next's own, the downloads, oEmbed, the
 * social images, the generated assets. Every file in them has an extension, which is what isFile
 * goes by (with `/embed.js`, `/robots.txt`); the fuzz test and the routing table probe them.
 */
export const FILE_PREFIXES = ["_next", "data", "oembed", "og", "basemap", "vendor", "fonts", "map", "images"] as const;

/** The data downloads (`/data/<file>`), in the order the pages list them. */
export const DOWNLOADS = ["centers.json", "centers.geojson", "events.json", "events.csv"] as const;

/** The map images' formats and themes (`/images/<overview|slug>.<svg|png>?theme=`, lib/server/images/map-image.ts). */
export const IMAGE_FORMATS = ["svg", "png"] as const;
export const IMAGE_THEMES = ["light", "dark"] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export type ImageTheme = (typeof IMAGE_THEMES)[number];

/** The longest `?asof=` value carried to the server; anything longer is cut (it is not a date anyway). */
export const MAX_ASOF_LENGTH = 64;

export type Locale = keyof typeof LANGUAGES;
export type Slug = (typeof SLUGS)[number];
export type EmbedTheme = "light" | "dark" | "auto";
/**
 * An embed's options: presentation (`?theme=&panel=&controls=`, applied in the browser) and
 * Pym.js's `childId`, which names the iframe to its host and must stay on every link inside it.
 */
export type EmbedOptions = { theme: EmbedTheme; panel: boolean; controls: boolean; childId: string | null };

/** One view of the site: everything its address says. */
export type View = {
  locale: Locale;
  page: PageName;
  /** The centre, on centre pages; null elsewhere. */
  slug: Slug | null;
  /** The chrome-less embed of a map page. */
  embedded: boolean;
  /**
   * `?asof=` as requested (map pages), read in the browser: every date is the same page, which
   * shows the date itself (lib/date-state.ts; decision 012).
   */
  asof: string | null;
  /** The embed's options; the defaults elsewhere. */
  options: EmbedOptions;
};

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: "light", panel: true, controls: true, childId: null };

/** What an address is: a page to render (at its internal route), a redirect, a file, or nothing. */
export type RouteOf<V, L> =
  | { kind: "page"; view: V; internal: string }
  | { kind: "redirect"; location: string; status: 308 }
  | { kind: "file" }
  | { kind: "not-found"; locale: L }
  | { kind: "bad-request"; reason: string };
export type Route = RouteOf<View, Locale>;

/** The contract for a set of languages and slugs: the app uses `contract`; tests build others. */
export function createContract<L extends string, S extends string>(spec: {
  languages: Record<L, { intl: string; autonym: string; openGraph: string }>;
  slugs: readonly S[];
  slugRedirects?: Readonly<Record<string, NoInfer<S>>>;
  defaultLocale: NoInfer<L>;
  /** The pages' addresses; PAGES unless a test moves one. */
  pages?: Readonly<Record<PageName, PageSpec>>;
}) {
  type V = Omit<View, "locale" | "slug"> & { locale: L; slug: S | null };
  const locales = Object.keys(spec.languages) as L[];
  const slugs = spec.slugs;
  const isLocale = (value: unknown): value is L => typeof value === "string" && locales.includes(value as L);
  const isSlug = (value: unknown): value is S => typeof value === "string" && slugs.includes(value as S);
  const prefix = (locale: L) => (locale === spec.defaultLocale ? "" : `/${locale}`);
  const pages = spec.pages ?? PAGES;
  const slugRedirects: Readonly<Record<string, S>> = spec.slugRedirects ?? {};
  const fill = (pattern: readonly string[], slug: S | null) => pattern.map((s) => (s === ":slug" ? (slug ?? "") : s));

  /**
   * The page and centre that segments (after the language and `embed`) name, by the patterns
   * `which` gives each page; `moved` when they are an earlier address: a page's former segments
   * or an old slug. Null when they name nothing.
   */
  function find(
    segments: readonly string[],
    embedded: boolean,
    which: "internal" | "any",
  ): { page: PageName; slug: S | null; moved: boolean } | null {
    const slugOf = (s: string | undefined) =>
      isSlug(s)
        ? { slug: s, moved: false }
        : s !== undefined && slugRedirects[s]
          ? { slug: slugRedirects[s], moved: true }
          : null;
    if (embedded) {
      if (segments.length === 0) return { page: "overview", slug: null, moved: false };
      const s = segments.length === 1 ? slugOf(segments[0]) : null;
      return s ? { page: "centre", ...s } : null;
    }
    for (const name of Object.keys(pages) as PageName[]) {
      const spec = pages[name];
      const patterns: [readonly string[], boolean][] =
        which === "internal"
          ? [[spec.internal, false]]
          : [
              [spec.segments, false],
              ...(spec.formerly ?? []).map((f): [readonly string[], boolean] => [f, true]),
              ...(which === "any" ? [[spec.internal, false] as [readonly string[], boolean]] : []),
            ];
      for (const [pattern, moved] of patterns) {
        if (pattern.length !== segments.length) continue;
        const slugAt = pattern.indexOf(":slug");
        const slug = slugAt >= 0 ? slugOf(segments[slugAt]) : null;
        const fits = (slugAt < 0 || slug !== null) && pattern.every((p, i) => p === ":slug" || p === segments[i]);
        if (fits) return { page: name, slug: slug?.slug ?? null, moved: moved || (slug?.moved ?? false) };
      }
    }
    return null;
  }

  /** A view with every field set: the defaults filled in. */
  function view(partial: Partial<V> & Pick<V, "locale" | "page">): V {
    const map = pages[partial.page].map;
    return {
      locale: partial.locale,
      page: partial.page,
      slug: partial.page === "centre" ? (partial.slug ?? null) : null,
      embedded: map ? (partial.embedded ?? false) : false,
      asof: map ? (partial.asof ?? null) : null,
      options: map && partial.embedded ? (partial.options ?? DEFAULT_EMBED_OPTIONS) : DEFAULT_EMBED_OPTIONS,
    };
  }

  /** The path of a view without its language: `/centers/moscow`, `/embed/moscow`, `/embed`, `/about`, `/`. */
  function barePath(v: V): string {
    if (v.embedded) return v.slug ? `/embed/${v.slug}` : "/embed";
    return `/${fill(pages[v.page].segments, v.slug).join("/")}`;
  }

  /** The public path of a view: `/ja/centers/moscow`, `/ja`, `/embed`. */
  function path(v: V): string {
    const bare = barePath(v);
    const p = prefix(v.locale);
    return p ? (bare === "/" ? p : `${p}${bare}`) : bare;
  }

  /** The query a view carries: its date, and an embed's options that differ from the defaults. */
  function query(v: V): string {
    const q = new URLSearchParams();
    if (v.embedded) {
      if (v.options.theme !== DEFAULT_EMBED_OPTIONS.theme) q.set("theme", v.options.theme);
      if (!v.options.panel) q.set("panel", "0");
      if (!v.options.controls) q.set("controls", "0");
    }
    if (v.asof) q.set("asof", v.asof);
    if (v.embedded && v.options.childId) q.set("childId", v.options.childId);
    const s = q.toString();
    return s ? `?${s}` : "";
  }

  /** The public link of a view: path and query (`/embed/moscow?theme=dark&asof=1999-06-01`). */
  function href(v: V): string {
    return `${path(v)}${query(v)}`;
  }

  /** The plain link to a page: `page(locale, "about")`, `page(locale, "centre", slug)`. */
  function page(locale: L, name: PageName, slug: S | null = null): string {
    return href(view({ locale, page: name, slug }));
  }

  /**
   * The link from a view to another in the same context: same language, embed (with its
   * options) and date, unless `changes` say otherwise. `link(v, { page: "centre", slug })` is
   * "this centre here"; `link(v, { page: "overview" })` the way back; `link(v, { locale })` the
   * same view in another language.
   */
  function link(from: V, changes: Partial<V>): string {
    const next = { ...from, ...changes };
    return href(view({ ...next, slug: next.page === "centre" ? next.slug : null }));
  }

  /**
   * The internal route that renders a view (app/[locale]/…): `/en/centers/moscow`, `/ja/embed/moscow`.
   * The date is not part of it: every date of a view is the same page (decision 012).
   */
  function internalPath(v: Pick<V, "locale" | "page" | "slug" | "embedded">): string {
    const rest = v.embedded ? ["embed", ...(v.slug ? [v.slug] : [])] : fill(pages[v.page].internal, v.slug);
    return `/${[v.locale, ...rest].join("/")}`;
  }

  /**
   * The view a map page's internal route renders, from its segments (app/[locale]/(map)/[[...view]]
   * and app/[locale]/embed/[[...view]]); null when they name no view. A leading `asof/<date>` is
   * the internal address of decision 010's dated pages, which old links may hold: route() sends it
   * to the public address with `?asof=`.
   */
  function viewFromSegments(locale: L, embedded: boolean, segments: readonly string[] = []): V | null {
    let rest = [...segments];
    let asof: string | null = null;
    if (rest[0] === "asof" && rest[1] !== undefined) {
      // Next may hand the segment over still encoded (internalPath encodes it): decode if it can be.
      asof = (safeDecode(rest[1]) ?? rest[1]).slice(0, MAX_ASOF_LENGTH);
      rest = rest.slice(2);
    }
    const found = find(rest, embedded, "internal");
    if (!found || !pages[found.page].map) return null;
    return view({ locale, page: found.page, slug: found.slug, embedded, asof });
  }

  /** The segments of every static map view's internal route, for generateStaticParams. */
  function staticSegments(embedded: boolean): { locale: L; view: string[] }[] {
    return locales.flatMap((locale) =>
      [null, ...slugs].map((slug) => ({
        locale,
        view: internalPath(view({ locale, page: slug ? "centre" : "overview", slug, embedded }))
          .split("/")
          .slice(embedded ? 3 : 2),
      })),
    );
  }

  /** Every view without a date: each page and embed in each language (sitemap, export, checks). */
  function allViews(): V[] {
    return locales.flatMap((locale) => [
      view({ locale, page: "overview" }),
      ...slugs.map((slug) => view({ locale, page: "centre", slug })),
      view({ locale, page: "sources" }),
      view({ locale, page: "about" }),
      view({ locale, page: "overview", embedded: true }),
      ...slugs.map((slug) => view({ locale, page: "centre", slug, embedded: true })),
    ]);
  }

  /** The same view in each language, and English as x-default (hreflang). */
  function alternates(v: V, origin = ""): Record<string, string> {
    const paths = Object.fromEntries(locales.map((l) => [l, `${origin}${href({ ...v, locale: l })}`]));
    return { ...paths, "x-default": `${origin}${href({ ...v, locale: spec.defaultLocale })}` };
  }

  /** Reads embed options from a query; an unknown or malformed value keeps the default. */
  function embedOptions(search: URLSearchParams): EmbedOptions {
    const theme = search.get("theme");
    const panel = search.get("panel");
    const controls = search.get("controls");
    const childId = search.get("childId");
    return {
      theme: theme === "light" || theme === "dark" || theme === "auto" ? theme : DEFAULT_EMBED_OPTIONS.theme,
      panel: panel === "0" ? false : panel === "1" ? true : DEFAULT_EMBED_OPTIONS.panel,
      controls: controls === "0" ? false : controls === "1" ? true : DEFAULT_EMBED_OPTIONS.controls,
      childId: childId && /^[\w-]{1,64}$/.test(childId) ? childId : null,
    };
  }

  /**
   * The view of a page's pathname and query, public (`/ja/centers/moscow?asof=…`) or internal
   * (`/en/centers/moscow`, which the browser's router can report after a rewrite, or an old dated
   * `/en/asof/…/centers/moscow`); null
   * for anything that is not a page. Tolerates one trailing slash and percent-encoding.
   */
  function parseView(pathname: string, search: URLSearchParams = new URLSearchParams()): V | null {
    return parse(pathname, search)?.view ?? null;
  }

  /** parseView, and whether the address is an earlier one of the view (a moved page, an old slug). */
  function parse(pathname: string, search: URLSearchParams): { view: V; moved: boolean } | null {
    const parts = segmentsOf(pathname);
    if (!parts) return null;
    let locale = spec.defaultLocale;
    if (isLocale(parts[0])) {
      locale = parts[0];
      parts.shift();
    }
    let embedded = false;
    if (parts[0] === "embed") {
      embedded = true;
      parts.shift();
    }
    let asof: string | null = null;
    if (parts[0] === "asof" && parts[1] !== undefined) {
      asof = parts[1].slice(0, MAX_ASOF_LENGTH);
      parts.splice(0, 2);
    }
    const found = find(parts, embedded, "any");
    if (!found) return null;
    const map = pages[found.page].map;
    if (asof !== null && !map) return null;
    const raw = search.get("asof");
    const v = view({ locale, page: found.page, slug: found.slug, embedded });
    return {
      view: {
        ...v,
        asof: map ? (asof ?? (raw ? raw.slice(0, MAX_ASOF_LENGTH) : null)) : null,
        options: v.embedded ? embedOptions(search) : DEFAULT_EMBED_OPTIONS,
      },
      moved: found.moved,
    };
  }

  /**
   * What the server does with a request for `pathname?search` (proxy.ts acts on it):
   * - files and route handlers pass through;
   * - a public page is rewritten to its internal route (the address bar does not change);
   * - `/en/…`, an internal dated address (`/asof/D/…`), an old slug and an English embed's
   *   `?lang=ja|ru` redirect (308) to the one public address of the view;
   * - a path Next could not decode is a 400; anything else is the language's 404 page.
   */
  function route(pathname: string, search: URLSearchParams = new URLSearchParams()): RouteOf<V, L> {
    if (safeDecode(pathname) === null) {
      return { kind: "bad-request", reason: "malformed percent-encoding in the path" };
    }
    if (isFile(pathname)) return { kind: "file" };
    const parts = pathname.split("/").filter(Boolean);
    const pathLocale = isLocale(parts[0]) ? parts[0] : null;
    const locale = pathLocale ?? spec.defaultLocale;
    const notFound: RouteOf<V, L> = { kind: "not-found", locale };
    const redirect = (v: V): RouteOf<V, L> => ({
      kind: "redirect",
      location: withExtraQuery(href(v), search),
      status: 308,
    });

    const parsed = parse(pathname, search);
    if (!parsed) return notFound;
    const v = parsed.view;
    // A moved page or an old slug keeps working: to the same view at its current address.
    if (parsed.moved) return redirect(v);
    // The default language has no prefix: `/en/…` is the unprefixed page.
    const explicitDefault = pathLocale === spec.defaultLocale;
    // A date in the path is an internal address: its public form has `?asof=`.
    const datedPath = parts.includes("asof");
    // `/embed/x?lang=ja` is the Japanese embed, whose address is `/ja/embed/x`.
    const lang = search.get("lang");
    const embedLang = v.embedded && pathLocale === null && isLocale(lang) && lang !== spec.defaultLocale ? lang : null;
    if (explicitDefault || datedPath || embedLang) {
      const target = { ...v, locale: embedLang ?? v.locale };
      const location = withExtraQuery(href(target), search, embedLang ? ["lang"] : []);
      return { kind: "redirect", location, status: 308 };
    }
    return { kind: "page", view: v, internal: internalPath(v) };
  }

  /** A page's social image: `/og/overview.png`, `/og/moscow.ja.png` (drawn at build, app/og/[name]). */
  function ogImage(v: Pick<V, "locale" | "slug">): string {
    return `/og/${v.slug ?? "overview"}${v.locale === spec.defaultLocale ? "" : `.${v.locale}`}.png`;
  }

  /**
   * A map image's address: `/images/overview.png`, `/ja/images/moscow.svg?asof=1999-06-01&theme=dark`
   * (the light theme and the latest state are the defaults and are not written), with `&v=` when
   * a version is given.
   */
  function image(
    v: Pick<V, "locale" | "slug">,
    format: ImageFormat,
    options: { asof?: string | null; theme?: ImageTheme; version?: string | null } = {},
  ): string {
    const q = new URLSearchParams();
    if (options.asof) q.set("asof", options.asof);
    if (options.theme && options.theme !== "light") q.set("theme", options.theme);
    // The pictures' version (generated/image-version.ts): a link that names the current one
    // may be cached for good (lib/server/images/image-response.ts).
    if (options.version) q.set("v", options.version);
    const s = q.toString();
    return `${prefix(v.locale)}/images/${v.slug ?? "overview"}.${format}${s ? `?${s}` : ""}`;
  }

  /**
   * What an image address asks for (app/images, app/[locale]/images): the view, format, theme and
   * the date as written (the route parses and clamps it against the data); a 404 for a name that
   * is no view or format, a 400 for a theme that is neither light nor dark, and `/en/images/…` is
   * the unprefixed address, as for pages.
   */
  function parseImage(
    pathname: string,
    search: URLSearchParams = new URLSearchParams(),
  ):
    | {
        kind: "image";
        locale: L;
        slug: S | null;
        format: ImageFormat;
        theme: ImageTheme;
        asof: string | null;
        version: string | null;
      }
    | { kind: "redirect"; location: string; status: 308 }
    | { kind: "not-found"; locale: L }
    | { kind: "bad-request"; reason: string } {
    const parts = segmentsOf(pathname);
    const first = parts?.[0];
    const locale = isLocale(first) ? first : spec.defaultLocale;
    const rest = parts && isLocale(first) ? parts.slice(1) : parts;
    const m = rest?.length === 2 && rest[0] === "images" ? /^([a-z-]+)\.(svg|png)$/.exec(rest[1] ?? "") : null;
    const name = m?.[1];
    const renamed = name ? slugRedirects[name] : undefined;
    if (!m || !name || (name !== "overview" && !isSlug(name) && !renamed)) return { kind: "not-found", locale };
    const slug = renamed ?? (name === "overview" ? null : (name as S));
    const format = m[2] as ImageFormat;
    // `/en/images/…` and an old slug: the one address of the picture, as for pages.
    if (first === spec.defaultLocale || renamed) {
      const target = image({ locale, slug }, format);
      return { kind: "redirect", location: withExtraQuery(target, search), status: 308 };
    }
    // An empty value is the default, as for every option (and as nginx reads it).
    const theme = search.get("theme") || "light";
    if (!(IMAGE_THEMES as readonly string[]).includes(theme)) {
      return { kind: "bad-request", reason: `theme must be one of ${IMAGE_THEMES.join(", ")}` };
    }
    const asof = search.get("asof");
    return {
      kind: "image",
      locale,
      slug,
      format,
      theme: theme as ImageTheme,
      asof: asof ? asof.slice(0, MAX_ASOF_LENGTH) : null,
      version: search.get("v"),
    };
  }

  /**
   * Where the static export keeps the latest picture in a theme: the address's own path in the
   * light theme, else `/images/<theme>/<name>.<ext>` (`/ja/images/dark/moscow.svg`), which nginx
   * serves for `?theme=dark` (scripts/lib/nginx-conf.ts). Pictures of a date are the Node
   * server's (or the Share dialog's, drawn in the browser): the export has none.
   */
  function imageFile(v: Pick<V, "locale" | "slug">, format: ImageFormat, options: { theme?: ImageTheme } = {}): string {
    const theme = options.theme ?? "light";
    if (theme === "light") return image(v, format);
    return `${prefix(v.locale)}/images/${theme}/${v.slug ?? "overview"}.${format}`;
  }

  /** Every map image without a date or theme, in each language and format (export, checks). */
  function images(): string[] {
    return locales.flatMap((locale) =>
      [null, ...slugs].flatMap((slug) => IMAGE_FORMATS.map((format) => image({ locale, slug }, format))),
    );
  }

  /**
   * Every earlier address a static host must redirect (308) to the current one, as route() and
   * parseImage() do on the Node server: each moved page's former segments and each old slug, in
   * every language, for pages, embeds and pictures (scripts/export.ts writes them for each host).
   */
  function redirects(): { from: string; to: string }[] {
    const out: { from: string; to: string }[] = [];
    const oldSlugs = Object.entries(slugRedirects) as [string, S][];
    for (const locale of locales) {
      const p = prefix(locale);
      const at = (segments: readonly string[]) => (segments.length ? `${p}/${segments.join("/")}` : p || "/");
      for (const name of Object.keys(pages) as PageName[]) {
        const spec = pages[name];
        const slugged = spec.segments.includes(":slug");
        for (const pattern of [...(spec.formerly ?? []), ...(slugged && oldSlugs.length ? [spec.segments] : [])]) {
          const moved = pattern !== spec.segments;
          const cases: [string, S | null][] = pattern.includes(":slug")
            ? [...(moved ? slugs.map((s): [string, S] => [s, s]) : []), ...oldSlugs]
            : [[":none", null]];
          for (const [written, slug] of cases) {
            const from = at(pattern.map((s) => (s === ":slug" ? written : s)));
            out.push({ from, to: page(locale, name, slug) });
          }
        }
      }
      for (const [old, slug] of oldSlugs) {
        out.push({ from: `${p}/embed/${old}`, to: href(view({ locale, page: "centre", slug, embedded: true })) });
        for (const format of IMAGE_FORMATS)
          out.push({ from: `${p}/images/${old}.${format}`, to: image({ locale, slug }, format) });
      }
    }
    return out;
  }

  /** The corrections and updates feed of a language: `/updates.atom`, `/ja/updates.atom` (lib/server/feed.ts). */
  function feed(locale: L): string {
    return `${prefix(locale)}/updates.atom`;
  }

  /** Every social image, by the name its route takes (`moscow.ja.png`). */
  function ogImages(): string[] {
    return locales.flatMap((locale) => [null, ...slugs].map((slug) => ogImage({ locale, slug })));
  }

  /**
   * The sitemap: every page (not the embeds, which are not indexed) in every language, each with
   * its language versions.
   */
  function sitemap(origin: string, lastModified: string) {
    const priority: Record<PageName, number> = { overview: 1, centre: 0.8, sources: 0.5, about: 0.3 };
    return allViews()
      .filter((v) => !v.embedded)
      .map((v) => ({
        url: `${origin}${href(v)}`,
        lastModified,
        priority: priority[v.page],
        alternates: {
          languages: Object.fromEntries(locales.map((l) => [l, `${origin}${href({ ...v, locale: l })}`])),
        },
      }));
  }

  /** What a static copy of the site holds (scripts/export.ts): pages, a 404 page per language, files. */
  function exportList() {
    return {
      pages: allViews().map((v) => path(v)),
      notFound: locales.map((locale) => ({
        locale,
        probe: `${prefix(locale)}/no-such-page`,
        file: locale === spec.defaultLocale ? "404.html" : `${locale}/404.html`,
      })),
      files: [
        "/robots.txt",
        "/sitemap.xml",
        "/icon.svg",
        ...DOWNLOADS.map((d) => `/data/${d}`),
        ...ogImages(),
        ...locales.map(feed),
      ],
    };
  }

  return {
    locales,
    slugs,
    defaultLocale: spec.defaultLocale,
    languages: spec.languages,
    isLocale,
    isSlug,
    view,
    path,
    href,
    page,
    link,
    internalPath,
    viewFromSegments,
    staticSegments,
    allViews,
    alternates,
    embedOptions,
    parseView,
    route,
    ogImage,
    ogImages,
    image,
    parseImage,
    imageFile,
    images,
    redirects,
    feed,
    sitemap,
    exportList,
  };
}

/**
 * A path's segments, each percent-decoded; null when one cannot be decoded, names `.` or `..`,
 * holds an encoded slash, or is empty (`//`). One trailing slash is allowed.
 */
function segmentsOf(pathname: string): string[] | null {
  const raw = pathname.split("/").slice(1);
  if (raw.length > 1 && raw.at(-1) === "") raw.pop();
  if (raw.length === 1 && raw[0] === "") return [];
  const out: string[] = [];
  for (const segment of raw) {
    const decoded = safeDecode(segment);
    if (decoded === null || decoded === "" || decoded === "." || decoded === ".." || decoded.includes("/")) return null;
    out.push(decoded);
  }
  return out;
}

/**
 * Whether an address is a file or route handler: `/oembed`, or a name with an extension (every file
 * under FILE_PREFIXES has one), or next dev's HMR socket. A path under a file prefix without an
 * extension is not a file: passed through, `/vendor/about` would reach the page tree with `vendor`
 * as its language; routed, it is the 404 page.
 */
export function isFile(pathname: string): boolean {
  const [first = "", ...rest] = pathname.split("/").slice(1);
  if (first === "oembed" && rest.length === 0) return true;
  if (first === "_next" && rest[0] === "webpack-hmr") return true;
  return /\.[a-z0-9]+$/i.test(pathname);
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * A redirect's target keeps the parameters the request had that the view does not carry (Pym's
 * `childId`, say), less `drop`: a redirect never loses what the reader's address said.
 */
function withExtraQuery(target: string, search: URLSearchParams, drop: readonly string[] = []): string {
  const [path, query = ""] = target.split("?");
  const out = new URLSearchParams(query);
  for (const [key, value] of search) {
    if (!drop.includes(key) && !out.has(key)) out.append(key, value);
  }
  const s = out.toString();
  return s ? `${path}?${s}` : (path ?? "/");
}

/** The site's contract. */
export const contract = createContract({
  languages: LANGUAGES,
  slugs: SLUGS,
  slugRedirects: SLUG_REDIRECTS,
  defaultLocale: "en",
});

export const LOCALES: readonly Locale[] = contract.locales;
export const isLocale = contract.isLocale;
export const isSlug = contract.isSlug;
