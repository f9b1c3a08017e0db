// The figures of "a date is data" (decision 012), printed by `npm run bench` (or alone with
// `npm run bench -- --only=dates`, after `npm run build` and `npm run export`):
// - prerendered HTML pages, and the size of the build output (.next without its cache) and of the export;
// - each map page's HTML against /about's, how much of it is the inline RSC payload, and the
//   payload file it loads instead (scripts/embed-facade.mjs);
// - a date change (slider step, Play tick, date field) → the next frame painted, median, on a
//   phone (390 × 844, 4× CPU slowdown), on the Node server and on the export served by a plain
//   file server: from the moment the page writes the state's rule, and, for the slider's key and
//   the date field, the browser's Event Timing of the input (handler and next paint, as INP);
//   and the requests each change made (documents and RSC: none expected).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { phonePage } from "../../e2e/lib/phone";
import { serveStatic } from "../../e2e/lib/static-server";
import { PAYLOAD_FILE } from "../lib/embed-facade.mjs";
import { root } from "../lib/next-server";

const MAP_PAGES = ["/", "/centers/vladivostok", "/embed/vladivostok"];
const DATED = "/centers/moscow?asof=1999-06-01";
const STEPS = 7;

/** Bytes under `dir`, skipping folders named in `skip`. */
function size(dir: string, skip: readonly string[] = []): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.includes(entry.name)) total += size(path, skip);
    } else total += statSync(path).size;
  }
  return total;
}

function count(dir: string, ext: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += count(join(dir, entry.name), ext);
    else if (entry.name.endsWith(ext)) n++;
  }
  return n;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2 : Number.NaN;
};

/** The HTML of a page and the part of it that is the inline RSC payload (`self.__next_f.push(…)`). */
async function htmlOf(url: string) {
  const html = await (await fetch(url)).text();
  const rsc = [...html.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce(
    (sum, m) => sum + (m[1]?.length ?? 0),
    0,
  );
  // Since issue 23 the payload is a file the page loads (scripts/embed-facade.mjs): its size too.
  const file = PAYLOAD_FILE.exec(html)?.[1];
  const payloadFile = file ? Buffer.byteLength(await (await fetch(new URL(file, url))).text()) : 0;
  return { bytes: Buffer.byteLength(html), rsc, payloadFile, bailouts: html.split("<!--$!-->").length - 1 };
}

/**
 * Times from the moment the page writes a new state (the rule in #jcm-date changes) to the end of
 * the next frame, for each change `act` makes; and the requests made meanwhile.
 */
async function timeChanges(page: Page, act: (page: Page, i: number) => Promise<void>, n: number) {
  await page.evaluate(() => {
    const w = window as unknown as { jcmTimes: number[]; jcmInputs: number[] };
    w.jcmTimes = [];
    w.jcmInputs = [];
    // The browser's own measure of an input until the next paint (Event Timing, as INP uses).
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "keydown" || e.name === "input") w.jcmInputs.push(e.duration);
    }).observe({ type: "event", durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    const style = document.getElementById("jcm-date");
    if (!style) throw new Error("no #jcm-date: the page did not show a date");
    new MutationObserver(() => {
      const t0 = performance.now();
      // After the next frame is painted: a task queued from the frame's callback runs after it.
      requestAnimationFrame(() => setTimeout(() => w.jcmTimes.push(performance.now() - t0), 0));
    }).observe(style, { childList: true, characterData: true, subtree: true });
  });
  const requests: string[] = [];
  const onRequest = (r: { resourceType: () => string; url: () => string; headers: () => Record<string, string> }) => {
    // Documents, and page data for a dated address (the header's undated links are prefetched by
    // Next when the page is idle, whatever the date does).
    const rsc = r.headers().rsc === "1" || r.url().includes("_rsc=");
    if (r.resourceType() === "document" || (rsc && r.url().includes("asof="))) requests.push(r.url());
  };
  page.on("request", onRequest);
  // One change at a time, as a reader makes them: the next once the last one's frame is painted.
  for (let i = 0; i < n; i++) {
    await act(page, i);
    await page.waitForFunction((k) => (window as unknown as { jcmTimes: number[] }).jcmTimes.length > k, i, {
      timeout: 30_000,
    });
  }
  page.off("request", onRequest);
  await page.waitForTimeout(500);
  const { times, inputs } = await page.evaluate(() => {
    const w = window as unknown as { jcmTimes: number[]; jcmInputs: number[] };
    return { times: w.jcmTimes, inputs: w.jcmInputs };
  });
  return { times, inputs, requests };
}

async function phone(browser: Browser, url: string) {
  const { context, page } = await phonePage(browser);
  await page.goto(url);
  await page.locator("[data-testid=asof-control][data-ready]").waitFor();
  // What the page fetches by itself after loading is not a date's: Next prefetches the header's
  // links a few seconds after the load, when the browser is idle. Wait for those too.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(5_000);
  await page.waitForLoadState("networkidle");
  return { context, page };
}

/** Slider steps, Play ticks and date-field entries on a dated centre page at `origin`. */
async function dateChanges(browser: Browser, origin: string) {
  const out: Record<
    string,
    { state_to_frame_ms: number; max_ms: number; input_to_paint_ms: string; requests: number }
  > = {};
  const record = (name: string, r: { times: number[]; inputs: number[]; requests: string[] }) => {
    out[name] = {
      state_to_frame_ms: Math.round(median(r.times)),
      max_ms: Math.round(Math.max(...r.times)),
      // Event Timing reports only inputs of 16 ms or more: the median of those that were.
      input_to_paint_ms: r.inputs.length ? `${Math.round(median(r.inputs))} (${r.inputs.length})` : "–",
      requests: r.requests.length,
    };
    if (r.requests.length > 0) console.log(`${name}: requested ${r.requests.join(", ")}`);
  };
  {
    const { context, page } = await phone(browser, `${origin}${DATED}`);
    const slider = page.locator("[data-testid=asof-control] input[type=range]");
    await slider.focus();
    record("slider step", await timeChanges(page, (p) => p.keyboard.press("PageUp"), STEPS));
    await context.close();
  }
  {
    const { context, page } = await phone(browser, `${origin}/centers/moscow?asof=1996-01-01`);
    const play = page.getByRole("button", { name: "Play" });
    const result = await timeChanges(
      page,
      async (_, i) => {
        if (i === 0) await play.click();
      },
      STEPS,
    );
    await page.getByRole("button", { name: "Pause" }).click();
    record("Play tick", result);
    await context.close();
  }
  {
    const { context, page } = await phone(browser, `${origin}${DATED}`);
    const field = page.locator("[data-testid=asof-control] input[type=date]");
    const days = ["1995-03-01", "1999-06-01", "2001-02-01", "2003-07-01", "2011-08-01", "2025-01-20", "2025-09-11"];
    record("date field", await timeChanges(page, (_, i) => field.fill(days[i % days.length] as string), STEPS));
    await context.close();
  }
  return out;
}

/** Prints the figures; `base` is the Node server, the export is served from out/ when it is there. */
export async function benchDates(base: string, browser: Browser) {
  const app = join(root, ".next", "server", "app");
  const out = join(root, "out");
  let exported = false;
  try {
    exported = statSync(join(out, "_headers")).isFile();
  } catch {}
  console.log("\nA date is data (decision 012): pages, output, HTML");
  console.table({
    prerendered_html_pages: count(app, ".html"),
    build_output: mb(size(join(root, ".next"), ["cache", "route-cache"])),
    build_cache: mb(size(join(root, ".next", "cache"))),
    export: exported ? mb(size(out)) : "(run npm run export)",
  });
  const about = await htmlOf(`${base}/about`);
  const rows = [];
  for (const p of [...MAP_PAGES, "/about"]) {
    const h = p === "/about" ? about : await htmlOf(`${base}${p}`);
    rows.push({
      page: p,
      html: kb(h.bytes),
      vs_about: Number((h.bytes / about.bytes).toFixed(2)),
      rsc_payload_inline: kb(h.rsc),
      rsc_share: `${Math.round((100 * h.rsc) / h.bytes)} %`,
      rsc_payload_file: kb(h.payloadFile),
      client_rendered_boundaries: h.bailouts,
    });
  }
  console.log("HTML per page (budget: ≤ 2× /about)");
  console.table(rows);
  const changes: Record<string, unknown> = { node: await dateChanges(browser, base) };
  if (exported) {
    const site = await serveStatic(out);
    try {
      changes.export = await dateChanges(browser, site.origin);
    } finally {
      await site.close();
    }
  }
  console.log(
    `Date change → next frame, phone (390 × 844, CPU 4×), ${STEPS} each, budget ≤ 100 ms; requests: documents or RSC`,
  );
  for (const [host, figures] of Object.entries(changes)) {
    console.log(host);
    console.table(figures);
  }
  return { rows, changes };
}
