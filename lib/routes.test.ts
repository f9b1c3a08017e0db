import { describe, expect, it } from "vitest";
import { centerPath, centerSlugFromPath, publicPath } from "@/lib/routes";

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
