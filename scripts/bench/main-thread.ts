// Where a page's main-thread time goes on a phone (390 × 844, CPU 4×), from Chrome's own counters
// (CDP Performance.getMetrics, after the load and 4 s of quiet): all tasks, of which script
// (parsing, compiling and running JavaScript: hydration), layout and style; and the DOM nodes
// (elements and text) the page holds. Medians of three loads, each page against /about's in the
// same run. This is the "trace that shows why" of docs/performance.md: what a map page costs
// beyond /about, and in which part.
import type { Browser } from "@playwright/test";
import { phonePage } from "../../e2e/lib/phone";

export type MainThread = { task: number; script: number; layout: number; style: number; nodes: number };

const median3 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** The medians over `runs` fresh loads of `url`. */
export async function mainThread(browser: Browser, url: string, runs = 3): Promise<MainThread> {
  const samples: MainThread[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await phonePage(browser);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(url, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(4_000);
    const { metrics } = await cdp.send("Performance.getMetrics");
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value])) as Record<string, number>;
    samples.push({
      task: (m.TaskDuration ?? 0) * 1000,
      script: (m.ScriptDuration ?? 0) * 1000,
      layout: (m.LayoutDuration ?? 0) * 1000,
      style: (m.RecalcStyleDuration ?? 0) * 1000,
      nodes: m.Nodes ?? 0,
    });
    await context.close();
  }
  const pick = (k: keyof MainThread) => median3(samples.map((s) => s[k]));
  return {
    task: pick("task"),
    script: pick("script"),
    layout: pick("layout"),
    style: pick("style"),
    nodes: pick("nodes"),
  };
}

/** Prints the table for `pages` against `reference` (/about) and returns the figures. */
export async function benchMainThread(browser: Browser, base: string, reference: string, pages: readonly string[]) {
  const figures: Record<string, MainThread> = {};
  for (const p of [reference, ...pages]) figures[p] = await mainThread(browser, `${base}${p}`);
  const ref = figures[reference] as MainThread;
  const ratio = (a: number, b: number) => `${Math.round(a)} (${(a / b).toFixed(2)}×)`;
  console.log(`\nMain thread on a phone (CPU 4×), ms, medians of 3; in brackets, against ${reference}`);
  console.table(
    Object.fromEntries(
      Object.entries(figures).map(([p, f]) => [
        p,
        {
          all_tasks: ratio(f.task, ref.task),
          script: ratio(f.script, ref.script),
          layout: ratio(f.layout, ref.layout),
          style: ratio(f.style, ref.style),
          dom_nodes: ratio(f.nodes, ref.nodes),
        },
      ]),
    ),
  );
  return figures;
}
