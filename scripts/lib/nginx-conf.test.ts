import { describe, expect, it } from "vitest";
import { contract } from "../../lib/contract";
import { pagePolicy } from "../../lib/security";
import { indexFile, nginxHeaders, nginxServer } from "./nginx-conf";

/** nginx's `map $arg_theme $jcm_image_theme` and `map "…" $jcm_image`, read back from the generated file. */
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
  /** A map's `default` value. */
  const defaultOf = (lines: string[]) =>
    /^\s+default "([^"]*)";$/.exec(lines.find((l) => /^\s+default /.test(l)) ?? "")?.[1];
  const themeBlock = block("map $arg_theme $jcm_image_theme");
  const imageBlock = block('map "$jcm_image_theme|$arg_asof|$uri" $jcm_image');
  const themes = entries(themeBlock);
  const images = entries(imageBlock);
  /** What nginx sets $jcm_image to for an image address's theme, date and path. */
  const imageFile = (theme: string | null, asof: string | null, uri: string) => {
    const t = themes.find(([k]) => k === (theme ?? ""))?.[1] ?? defaultOf(themeBlock);
    const key = `${t}|${asof ?? ""}|${uri}`;
    for (const [k, v] of images) {
      if (!k.startsWith("~")) continue;
      const m = new RegExp(k.slice(1)).exec(key);
      if (m) return v.replace(/\$([a-z])/g, (_, name: string) => m.groups?.[name] ?? "");
    }
    return defaultOf(imageBlock);
  };
  return { text, imageFile };
}

describe("the export's nginx configuration", () => {
  const { text, imageFile } = readMaps();

  it("serves each map image's ?theme= from the file the export saved (contract.imageFile), and no date", () => {
    for (const path of contract.images()) {
      const parsed = contract.parseImage(path);
      if (parsed.kind !== "image") throw new Error(path);
      const { format } = parsed;
      expect(imageFile(null, null, path), path).toBe(path);
      expect(imageFile("", null, path), path).toBe(path);
      expect(imageFile("light", null, path), path).toBe(path);
      expect(imageFile("dark", null, path), path).toBe(contract.imageFile(parsed, format, { theme: "dark" }));
      // The export has pictures of the latest state only: a date is "dated" (a 404 saying so).
      for (const asof of ["1999-06-01", "2025-09-10", "yesterday"]) {
        expect(imageFile("dark", asof, path), `${path} ${asof}`).toBe("dated");
        expect(imageFile(null, asof, path), `${path} ${asof}`).toBe("dated");
      }
      // As on the Node server: a theme that is neither is a 400.
      expect(imageFile("blue", null, path)).toBe("bad");
      expect(imageFile("blue", "1999-06-01", path)).toBe("bad");
    }
  });

  it("keys the headers by the file served and lets only the embeds be framed", () => {
    // (What each file is sent, for every file, is lib/headers.test.ts's.)
    const policy = pagePolicy({ scripts: { hashes: ["'sha256-abc'"] }, embed: false });
    expect(text).toContain(`    "/centers/moscow/index.html" "${policy}";`);
    expect(/map \$uri \$jcm_x_frame_options \{[^}]*\n {4}"\/embed\/moscow\/index\.html" "";/.test(text)).toBe(true);
    expect(indexFile("/")).toBe("/index.html");
    expect(indexFile("/404.html")).toBe("/404.html");
    expect(nginxServer()).toContain("try_files $uri ");
    // /en/… redirects, as on the Node server.
    const redirect = new RegExp(/location ~ (\S+) \{\n\s+return 308/.exec(nginxServer())?.[1] ?? "^$");
    for (const path of ["/en", "/en/", "/en/centers/moscow", "/en/embed/moscow"])
      expect(redirect.test(path), path).toBe(true);
    for (const path of ["/centers/moscow", "/ja/centers/moscow", "/english"]) {
      expect(redirect.test(path), path).toBe(false);
    }
  });
});
