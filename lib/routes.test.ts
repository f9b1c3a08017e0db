import { describe, expect, it } from "vitest";
import {
  centerPath,
  centerSlugFromPath,
  localizedPath,
  overviewPath,
  publicPath,
  splitLocale,
  switchLocalePath,
} from "@/lib/routes";

const known = ["khabarovsk", "vladivostok", "yuzhno-sakhalinsk", "moscow", "saint-petersburg", "nizhny-novgorod"];

describe("centerSlugFromPath", () => {
  it("reads a centre page", () => {
    expect(centerSlugFromPath("/centers/vladivostok", known)).toBe("vladivostok");
    expect(centerSlugFromPath("/centers/yuzhno-sakhalinsk/", known)).toBe("yuzhno-sakhalinsk");
  });

  it("reads an embed of a centre", () => {
    expect(centerSlugFromPath("/embed/moscow", known)).toBe("moscow");
    expect(centerSlugFromPath("/embed", known)).toBeNull();
    expect(centerSlugFromPath("/embed/asof", known)).toBeNull();
  });

  it("is null for the overview and other pages", () => {
    expect(centerSlugFromPath("/", known)).toBeNull();
    expect(centerSlugFromPath("/centers", known)).toBeNull();
    expect(centerSlugFromPath("/about", known)).toBeNull();
    expect(centerSlugFromPath(null, known)).toBeNull();
  });

  it("ignores unknown, nested and malformed slugs", () => {
    expect(centerSlugFromPath("/centers/tokyo", known)).toBeNull();
    expect(centerSlugFromPath("/centers/moscow/extra", known)).toBeNull();
    expect(centerSlugFromPath("/centers/%E0%A4%A", known)).toBeNull();
    expect(centerSlugFromPath("/centers/../moscow", known)).toBeNull();
  });

  it("round-trips with centerPath", () => {
    for (const slug of known) {
      expect(centerSlugFromPath(centerPath(slug), known)).toBe(slug);
      expect(centerSlugFromPath(centerPath(slug, true), known)).toBe(slug);
    }
  });
});

describe("publicPath", () => {
  it("maps the internal asof routes back to their public paths", () => {
    expect(publicPath("/asof/2025-01-01/centers/moscow")).toBe("/centers/moscow");
    expect(publicPath("/asof/2025-01-01")).toBe("/");
    expect(publicPath("/embed/asof/2025-01-01/moscow")).toBe("/embed/moscow");
    expect(publicPath("/embed/asof/2025-01-01")).toBe("/embed");
  });

  it("leaves public paths alone", () => {
    for (const p of ["/", "/centers/moscow", "/embed", "/embed/moscow", "/sources"]) expect(publicPath(p)).toBe(p);
    expect(publicPath(null)).toBe("/");
  });
});

describe("languages in paths", () => {
  it("English has no prefix; Japanese and Russian do", () => {
    expect(centerPath("moscow", false, "en")).toBe("/centers/moscow");
    expect(centerPath("moscow", false, "ja")).toBe("/ja/centers/moscow");
    expect(centerPath("moscow", true, "ru")).toBe("/ru/embed/moscow");
    expect(overviewPath(false, "ja")).toBe("/ja");
    expect(overviewPath(true, "ja")).toBe("/ja/embed");
    expect(localizedPath("/about", "ru")).toBe("/ru/about");
  });

  it("splits a path into its language and the rest", () => {
    expect(splitLocale("/ja/centers/moscow")).toEqual({ locale: "ja", rest: "/centers/moscow" });
    expect(splitLocale("/ru")).toEqual({ locale: "ru", rest: "/" });
    expect(splitLocale("/centers/moscow")).toEqual({ locale: "en", rest: "/centers/moscow" });
    // Two letters that are not one of ours are a path, not a language.
    expect(splitLocale("/fr/centers/moscow")).toEqual({ locale: "en", rest: "/fr/centers/moscow" });
    expect(splitLocale("/japan")).toEqual({ locale: "en", rest: "/japan" });
  });

  it("reads the centre from a localized path", () => {
    expect(centerSlugFromPath("/ja/centers/vladivostok", known)).toBe("vladivostok");
    expect(centerSlugFromPath("/ru/embed/moscow/", known)).toBe("moscow");
    expect(centerSlugFromPath("/ja", known)).toBeNull();
  });

  it("maps internal language routes back to public paths", () => {
    expect(publicPath("/en/centers/moscow")).toBe("/centers/moscow");
    expect(publicPath("/en")).toBe("/");
    expect(publicPath("/ja/asof/2025-01-01/centers/moscow")).toBe("/ja/centers/moscow");
    expect(publicPath("/ru/asof/2025-01-01")).toBe("/ru");
    expect(publicPath("/en/embed/asof/2025-01-01/moscow")).toBe("/embed/moscow");
    expect(publicPath("/ja/embed/asof/2025-01-01")).toBe("/ja/embed");
  });

  it("switches the language of any page, internal or public", () => {
    expect(switchLocalePath("/centers/moscow", "ja")).toBe("/ja/centers/moscow");
    expect(switchLocalePath("/ja/centers/moscow", "en")).toBe("/centers/moscow");
    expect(switchLocalePath("/en/asof/2001-06-30/centers/moscow", "ru")).toBe("/ru/centers/moscow");
    expect(switchLocalePath("/ja", "ru")).toBe("/ru");
    expect(switchLocalePath("/", "ja")).toBe("/ja");
    expect(switchLocalePath("/ru/about", "en")).toBe("/about");
  });
});
