import { describe, expect, it } from "vitest";
import { oembed } from "@/lib/server/oembed";

const origins = ["https://maps.example.org", "http://127.0.0.1:3000"];
const ask = (q: string) => oembed(new URLSearchParams(q), origins);

describe("oembed", () => {
  it("answers a rich response for a centre page", () => {
    const r = ask(`url=${encodeURIComponent("https://maps.example.org/centers/vladivostok?asof=2025-08-01")}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Japan Centers Map",
      provider_url: "https://maps.example.org/",
      width: 640,
      height: 640,
      thumbnail_url: "https://maps.example.org/og/vladivostok.png",
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(r.body.title).toMatch(/Vladivostok/);
    expect(r.body.html).toContain('src="https://maps.example.org/embed/vladivostok?asof=2025-08-01"');
    expect(r.body.html).toContain("embed.js");
  });

  it("respects maxwidth and maxheight within the embed's limits", () => {
    const r = ask(`url=https://maps.example.org/&maxwidth=400&maxheight=5000`);
    expect(r.body).toMatchObject({
      width: 400,
      height: 900,
      thumbnail_url: "https://maps.example.org/og/overview.png",
    });
    expect(ask("url=https://maps.example.org/&maxwidth=100").body.width).toBe(300);
  });

  it("keeps the options of an embed URL", () => {
    const r = ask(`url=${encodeURIComponent("https://maps.example.org/embed/moscow?theme=dark&panel=0")}`);
    expect(r.body.html).toContain("/embed/moscow?theme=dark&amp;panel=0");
    expect(r.body.height).toBe(460);
  });

  it("404s a URL that is not ours", () => {
    expect(ask("url=https://evil.example.com/centers/moscow").status).toBe(404);
    expect(ask("url=https://maps.example.org/centers/tokyo").status).toBe(404);
    expect(ask("url=https://maps.example.org/about/../etc/passwd").status).toBe(404);
  });

  it("400s a missing or malformed url", () => {
    expect(ask("").status).toBe(400);
    expect(ask("url=not a url").status).toBe(400);
    expect(ask("url=javascript:alert(1)").status).toBe(400);
  });

  it("501s any format but json", () => {
    expect(ask("url=https://maps.example.org/&format=xml").status).toBe(501);
    expect(ask("url=https://maps.example.org/&format=json").status).toBe(200);
  });
});
