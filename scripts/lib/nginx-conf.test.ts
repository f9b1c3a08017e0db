import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contract } from "../../lib/contract";
import { pagePolicy } from "../../lib/security";
import { indexFile, nginxHeaders, nginxServer } from "./nginx-conf";

/** nginx's `map $arg_asof $jcm_state` and `map "$jcm_state|$uri" $jcm_dated`, read back from the generated file. */
function readMaps() {
  const text = nginxHeaders([
    { file: "/centers/moscow", hashes: ["'sha256-abc'"], embed: false },
    { file: "/embed/moscow", hashes: [], embed: true },
  ]);
  const block = (name: string) => {
    const start = text.indexOf(name);
    return text.slice(start, text.indexOf("\n}", start)).split("\n").slice(1);
  };
  const entries = (lines: string[]) =>
    lines
      .map((l) => /^\s+"([^"]*)" "([^"]*)";$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] as string, m[2] as string] as const);
  const state = entries(block("map $arg_asof $jcm_state"));
  const dated = entries(block('map "$jcm_state|$uri" $jcm_dated'));
  /** What nginx sets $jcm_state to: an exact key first, then the regexes in order. */
  const stateOf = (arg: string) => {
    const exact = state.find(([k]) => !k.startsWith("~") && k === arg);
    if (exact) return exact[1];
    const match = state.find(([k]) => k.startsWith("~") && new RegExp(k.slice(1)).test(arg));
    return match ? match[1] : "";
  };
  /** What nginx sets $jcm_dated to for a state and a path (named capture `s` substituted). */
  const datedFile = (s: string, uri: string) => {
    for (const [k, v] of dated) {
      const m = new RegExp(k.slice(1)).exec(`${s}|${uri}`);
      if (m) return v.replace("$s", m.groups?.s ?? "");
    }
    return "";
  };
  /** A map's `default` value. */
  const defaultOf = (lines: string[]) =>
    /^\s+default "([^"]*)";$/.exec(lines.find((l) => /^\s+default /.test(l)) ?? "")?.[1];
  const themeBlock = block("map $arg_theme $jcm_image_theme");
  const imageBlock = block('map "$jcm_image_theme|$arg_asof|$jcm_state|$uri" $jcm_image');
  const themes = entries(themeBlock);
  const images = entries(imageBlock);
  /** What nginx sets $jcm_image to for an image address's theme, date and path. */
  const imageFile = (theme: string | null, asof: string | null, uri: string) => {
    const t = themes.find(([k]) => k === (theme ?? ""))?.[1] ?? defaultOf(themeBlock);
    const key = `${t}|${asof ?? ""}|${asof ? stateOf(asof) : ""}|${uri}`;
    for (const [k, v] of images) {
      if (!k.startsWith("~")) continue;
      const m = new RegExp(k.slice(1)).exec(key);
      if (m) return v.replace(/\$([a-z])/g, (_, name: string) => m.groups?.[name] ?? "");
    }
    return defaultOf(imageBlock);
  };
  return { text, stateOf, datedFile, imageFile };
}

describe("the export's nginx configuration", () => {
  const { text, stateOf, datedFile, imageFile } = readMaps();
  const mapPages = contract
    .allViews()
    .filter((v) => v.page === "overview" || v.page === "centre")
    .map((v) => contract.path(v));

  it("maps ?asof= to the state the Node server renders it from, and a malformed one to none", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1000-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }), (d) => {
        const date = d.toISOString().slice(0, 10);
        expect(stateOf(date) || null, date).toBe(contract.stateDate({ asof: date }));
      }),
      { numRuns: 2000 },
    );
    for (const bad of ["", "garbage", "1999-02-30", "1999-6-1", "2001-13-01"]) expect(stateOf(bad), bad).toBe("");
  });

  it("serves each map page's dated view from the file the export saved for its state", () => {
    for (const path of mapPages) {
      for (const uri of path === "/" ? ["/"] : [path, `${path}/`]) {
        const view = contract.parseView(path);
        expect(view).not.toBeNull();
        if (!view) continue;
        expect(datedFile("1997-07-01", uri), uri).toBe(
          indexFile(contract.internalPath({ ...view, asof: "1997-07-01" })),
        );
        expect(datedFile("", uri), uri).toBe("");
      }
    }
    expect(datedFile("1997-07-01", "/sources")).toBe("");
    expect(datedFile("1997-07-01", "/centers/moscow/extra")).toBe("");
  });

  it("serves each map image's ?theme= and ?asof= from the file the export saved (contract.imageFile)", () => {
    for (const path of contract.images()) {
      const parsed = contract.parseImage(path);
      if (parsed.kind !== "image") throw new Error(path);
      const { format } = parsed;
      expect(imageFile(null, null, path), path).toBe(path);
      expect(imageFile("", null, path), path).toBe(path);
      expect(imageFile("light", null, path), path).toBe(path);
      expect(imageFile("dark", null, path), path).toBe(contract.imageFile(parsed, format, { theme: "dark" }));
      for (const [asof, theme] of [
        ["1999-06-01", "dark"],
        ["2025-09-10", null],
        ["1800-01-01", "light"],
      ] as const) {
        const state = contract.stateDate({ asof });
        // Dated pictures are saved as SVG only: a dated PNG is "missing" (a 404 saying so).
        expect(imageFile(theme, asof, path), `${path} ${asof}`).toBe(
          format === "svg" ? contract.imageFile(parsed, format, { state, theme: theme ?? "light" }) : "missing",
        );
      }
      // As on the Node server: a theme that is neither, or a date that is not one, is a 400.
      expect(imageFile("blue", null, path)).toBe("bad");
      expect(imageFile(null, "yesterday", path)).toBe("bad");
    }
  });

  it("keys the headers by the file served and lets only the embeds be framed", () => {
    // (What each file is sent, for every file, is lib/headers.test.ts's.)
    const policy = pagePolicy({ scripts: { hashes: ["'sha256-abc'"] }, embed: false });
    expect(text).toContain(`    "/centers/moscow/index.html" "${policy}";`);
    expect(/map \$uri \$jcm_x_frame_options \{[^}]*\n {4}"\/embed\/moscow\/index\.html" "";/.test(text)).toBe(true);
    expect(indexFile("/")).toBe("/index.html");
    expect(indexFile("/404.html")).toBe("/404.html");
    expect(nginxServer()).toContain("try_files $jcm_dated $uri");
    // /en/… redirects, except the English state pages the export saved under /en/.
    const redirect = new RegExp(/location ~ (\S+) \{\n\s+return 308/.exec(nginxServer())?.[1] ?? "^$");
    for (const path of ["/en", "/en/", "/en/centers/moscow", "/en/embed/moscow"])
      expect(redirect.test(path), path).toBe(true);
    for (const path of ["/en/asof/1997-07-01", "/en/embed/asof/1997-07-01/moscow", "/centers/moscow"]) {
      expect(redirect.test(path), path).toBe(false);
    }
  });
});
