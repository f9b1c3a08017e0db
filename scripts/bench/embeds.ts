// What our embeds cost a newsroom's article (issue 23, decision 013), printed by `npm run bench`
// (`--only=embeds` prints these alone):
// - Lighthouse (mobile preset, median of N) of a plain article page on another origin, alone and
//   with three of our embeds as lazy iframes (the snippet's `loading="lazy"` and embed.js);
// - the JavaScript an embed runs before the reader's first interaction: every script it executes
//   (external files and inline scripts, gzipped) while left alone until the network is idle.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
import { type Lh, lighthouse } from "./lighthouse";

const EMBEDS = ["/embed/vladivostok", "/embed", "/ru/embed/moscow"];
/**
 * Our embeds in the article's own process, as Chrome on Android runs most cross-site iframes (it
 * isolates only some sites): their scripts then block the article's main thread, which Lighthouse
 * measures. Desktop Chrome's site isolation would move them to another process, out of the
 * article's TBT but not off the reader's CPU.
 */
const IN_PROCESS = ["--disable-site-isolation-trials"];
const PARAGRAPH =
  "The city council met on Tuesday to discuss the budget for the coming year. Residents who spoke at the meeting asked about the library's opening hours, the state of the roads after the winter and the plans for the old market hall, which has stood empty since the spring.";

/** A plain article, as a newsroom's page: text, a heading, and (or not) our three embeds. */
export function articleHtml(appOrigin: string, embeds: boolean): string {
  const frame = (src: string) =>
    `<iframe src="${appOrigin}${src}" title="Japan Centers Map" width="100%" height="640" style="border:0;width:100%;max-width:100%" loading="lazy" allow="fullscreen; clipboard-write; web-share" data-jcm-embed></iframe>`;
  const paragraphs = (n: number) => Array.from({ length: n }, () => `<p>${PARAGRAPH}</p>`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article with maps</title>
<style>body{margin:0 auto;max-width:42rem;padding:1rem;font:18px/1.6 Georgia,serif;color:#222}h1{font-size:1.8rem;line-height:1.2}</style>
</head><body>
<h1>Japan closes its centres in Russia</h1>
${paragraphs(2)}
${embeds ? frame(EMBEDS[0] ?? "") : ""}
${paragraphs(4)}
${embeds ? frame(EMBEDS[1] ?? "") : ""}
${paragraphs(4)}
${embeds ? frame(EMBEDS[2] ?? "") : ""}
${paragraphs(3)}
${embeds ? `<script src="${appOrigin}/embed.js" async></script>` : ""}
</body></html>`;
}

/** Serves the article alone (/article.html) and with our embeds (/article-embeds.html). */
export async function startArticle(appOrigin: string) {
  const server = createServer((req, res) => {
    const embeds = req.url?.startsWith("/article-embeds.html");
    if (!embeds && !req.url?.startsWith("/article.html")) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(articleHtml(appOrigin, Boolean(embeds)));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { alone: `${origin}/article.html`, withEmbeds: `${origin}/article-embeds.html`, close: () => server.close() };
}

/**
 * The script an embed runs before any interaction, gzipped: external scripts by their bodies,
 * inline scripts by their text, in a phone-sized page left alone until the network is idle and
 * one more second. `scripts` lists what ran.
 */
export async function embedScriptBeforeInteraction(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const bodies: Promise<{ url: string; gz: number }>[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script" && r.ok())
      bodies.push(
        r.body().then(
          (b) => ({ url: r.url(), gz: gzipSync(b).length }),
          () => ({ url: r.url(), gz: 0 }),
        ),
      );
  });
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  // A settle: what a page starts on its own after the network is quiet (prefetches, idle work).
  await page.waitForTimeout(1_000);
  await page.waitForLoadState("networkidle");
  // Inline scripts that run: classic ones (no type, or a JavaScript type), by their text.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll("script:not([src])")]
      .filter((s) => !s.getAttribute("type") || /javascript|module/.test(s.getAttribute("type") ?? ""))
      .map((s) => s.textContent ?? ""),
  );
  const external = await Promise.all(bodies);
  await context.close();
  const inlineGz = inline.reduce((sum, text) => sum + gzipSync(Buffer.from(text)).length, 0);
  return {
    externalGz: external.reduce((sum, s) => sum + s.gz, 0),
    inlineGz,
    scripts: external.map((s) => new URL(s.url).pathname),
  };
}

/** Prints the figures; `base` is the Node server. */
export async function benchEmbeds(base: string, browser: Browser, runs: number) {
  const scripts: Record<string, unknown> = {};
  for (const p of EMBEDS) {
    const s = await embedScriptBeforeInteraction(browser, `${base}${p}`);
    scripts[p] = {
      external_gz: `${(s.externalGz / 1024).toFixed(1)} KB`,
      inline_gz: `${(s.inlineGz / 1024).toFixed(1)} KB`,
      total_gz: `${((s.externalGz + s.inlineGz) / 1024).toFixed(1)} KB`,
      files: s.scripts.length,
    };
  }
  console.log("\nJavaScript an embed runs before the reader's first interaction, gzipped (budget ≤ 15 KB)");
  console.table(scripts);

  const article = await startArticle(base);
  const rows: Record<string, Lh & { vs_alone?: number }> = {};
  try {
    for (const [name, url] of [
      ["article alone", article.alone],
      ["article + 3 lazy embeds", article.withEmbeds],
    ] as const) {
      const results: Lh[] = [];
      for (let attempt = 0; attempt < runs + 2 && results.length < runs; attempt++) {
        const r = await lighthouse(url, IN_PROCESS);
        if (r) results.push(r);
      }
      const med = (k: keyof Lh) => {
        const s = results.map((r) => r[k]).sort((a, b) => a - b);
        const m = Math.floor(s.length / 2);
        return s.length % 2 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
      };
      rows[name] = {
        score: med("score"),
        tbt: Math.round(med("tbt")),
        lcp: Math.round(med("lcp")),
        cls: Number(med("cls").toFixed(3)),
      };
    }
  } finally {
    article.close();
  }
  const alone = rows["article alone"]?.score ?? Number.NaN;
  for (const row of Object.values(rows)) row.vs_alone = row.score - alone;
  console.log(
    `A newsroom's article with three of our embeds, Lighthouse ${runs}× (mobile preset), medians. Budget: within 5 points of the article alone, TBT ≤ 200 ms`,
  );
  console.table(rows);
  return { scripts, article: rows };
}
