import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Page } from "@playwright/test";

/**
 * A stand-in for a newsroom's article: a page on another origin (its own port on 127.0.0.1)
 * that frames our app, optionally with our embed.js. Query: src, width, script=0|1, mark=0|1.
 */
export async function startHost(appOrigin: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const template = readFileSync(join(import.meta.dirname, "..", "fixtures", "host.html"), "utf8");
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://host");
    if (url.pathname !== "/article.html") {
      res.writeHead(404).end();
      return;
    }
    const src = url.searchParams.get("src") ?? "/embed";
    const html = template
      .replaceAll("{{ORIGIN}}", appOrigin)
      .replaceAll("{{SRC}}", src.startsWith("/") ? src : "/embed")
      .replaceAll(
        "{{WIDTH}}",
        /^\d+px$/.test(url.searchParams.get("width") ?? "") ? (url.searchParams.get("width") ?? "") : "100%",
      )
      .replaceAll("{{MARK}}", url.searchParams.get("mark") === "0" ? "false" : "true")
      .replaceAll(
        "{{SCRIPT}}",
        url.searchParams.get("script") === "0" ? "" : `<script src="${appOrigin}/embed.js" async></script>`,
      );
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A message the host page received (e2e/fixtures/host.html records them all). */
export type Received = { origin: string; data: unknown };

/** Every message the host page has received so far, in order. */
export const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { __messages: Received[] }).__messages);
