// The load test's mix and runner, shared by `npm run loadtest` (the Node server) and
// `npm run loadtest:static` (the static export under nginx beside the Node server).
import autocannon from "autocannon";

/** Every 7th day from 1 January 1994 to today: the dates the dated views take, in turn. */
export const DATES: string[] = [];
for (const d = new Date("1994-01-01T00:00:00Z"); d <= new Date(); d.setUTCDate(d.getUTCDate() + 7)) {
  DATES.push(d.toISOString().slice(0, 10));
}

/** A URL of the mix: fixed, or a dated view whose date moves on with each request. */
export type Entry = string | { dated: string };

/**
 * Pages, embeds, dated views (4 of 14), a text page, downloads, oEmbed, a social image and the
 * embed script. `oembed` is the oEmbed URL: the endpoint on the Node server, the saved answer on
 * the export.
 */
export function mix(oembed: string): Entry[] {
  return [
    "/",
    "/centers/vladivostok",
    "/ja/centers/khabarovsk",
    "/ru/centers/moscow",
    "/embed/moscow",
    "/ja/embed/vladivostok?theme=dark",
    { dated: "/centers/moscow" },
    { dated: "/embed" },
    { dated: "/ja/embed/vladivostok" },
    { dated: "/ru" },
    "/sources",
    "/data/events.csv",
    oembed,
    "/og/moscow.png",
  ];
}

/** The first URL an entry stands for (the dated ones on their first date). */
export const firstUrl = (entry: Entry) => (typeof entry === "string" ? entry : `${entry.dated}?asof=${DATES[0]}`);

export type Figures = {
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mbps: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: string;
};

/** Runs the mix against `origin` for `duration` seconds over `connections` connections. */
export async function measure(origin: string, entries: Entry[], connections: number, duration: number) {
  for (const entry of entries) {
    const status = (await fetch(`${origin}${firstUrl(entry)}`)).status;
    if (status !== 200) throw new Error(`${firstUrl(entry)} answered ${status} before the load test`);
  }
  let next = 0;
  const result = await autocannon({
    url: origin,
    connections,
    duration,
    // A request still unanswered after 30 s counts as an error (autocannon's default is 10 s).
    timeout: 30,
    requests: entries.map((entry) =>
      typeof entry === "string"
        ? { method: "GET", path: entry }
        : {
            method: "GET",
            setupRequest: (request) => {
              next = (next + 1) % DATES.length;
              return { ...request, path: `${entry.dated}?asof=${DATES[next]}` };
            },
          },
    ),
  });
  const stats = (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    mbps: result.throughput.average / 1024 / 1024,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses: Object.entries(stats)
      .map(([code, s]) => `${code}: ${s.count}`)
      .join(", "),
  } satisfies Figures;
}

/** Prints figures side by side, one column per server. */
export function report(columns: Record<string, Figures>): void {
  const names = Object.keys(columns);
  const rows: [string, (f: Figures) => string][] = [
    ["requests", (f) => String(f.requests)],
    ["requests/s (mean)", (f) => String(f.rps)],
    ["latency p50", (f) => `${f.p50} ms`],
    ["latency p90", (f) => `${f.p90} ms`],
    ["latency p99", (f) => `${f.p99} ms`],
    ["latency max", (f) => `${f.max} ms`],
    ["throughput", (f) => `${f.mbps.toFixed(1)} MB/s`],
    ["errors", (f) => String(f.errors)],
    ["timeouts", (f) => String(f.timeouts)],
    ["non-2xx", (f) => String(f.non2xx)],
    ["statuses", (f) => f.statuses],
  ];
  console.log(`${"".padEnd(20)} ${names.map((n) => n.padEnd(24)).join(" ")}`);
  for (const [label, value] of rows) {
    console.log(`${label.padEnd(20)} ${names.map((n) => value(columns[n] as Figures).padEnd(24)).join(" ")}`);
  }
}

/** Whether a run passed: no errors, no timeouts, no non-2xx answers. */
export const clean = (f: Figures) => f.errors === 0 && f.timeouts === 0 && f.non2xx === 0;
