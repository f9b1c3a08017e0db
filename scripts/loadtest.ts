// Load test of the production server: `npm run loadtest`. Loopback only, bounded (30 s, 100
// connections by default), a mix of pages, embeds, dated views, downloads, oEmbed and social
// images. Prints requests per second and latency percentiles; exits non-zero on any error or any
// non-2xx answer (every URL in the mix is valid).
//   LOADTEST_DURATION=10 LOADTEST_CONNECTIONS=50 npm run loadtest
import autocannon from "autocannon";
import { ensureBuild, startNext } from "./lib/next-server";

const PORT = Number(process.env.LOADTEST_PORT ?? 3211);
const DURATION = Number(process.env.LOADTEST_DURATION ?? 30);
const CONNECTIONS = Number(process.env.LOADTEST_CONNECTIONS ?? 100);
const origin = `http://localhost:${PORT}`;

const PATHS = [
  "/",
  "/centers/vladivostok",
  "/ja/centers/khabarovsk",
  "/ru/centers/moscow",
  "/embed/moscow",
  "/ja/embed/vladivostok?theme=dark",
  "/centers/moscow?asof=2001-06-30",
  "/embed?asof=2025-02-01",
  "/sources",
  "/data/events.json",
  "/data/events.csv",
  `/oembed?url=${encodeURIComponent(`${process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000"}/centers/moscow`)}`,
  "/og/moscow.png",
  "/embed.js",
];

ensureBuild();

const server = await startNext(PORT);
let code = 1;
try {
  // Every URL of the mix must be valid before we measure it.
  for (const path of PATHS) {
    const status = (await fetch(`${origin}${path}`)).status;
    if (status !== 200) throw new Error(`${path} answered ${status} before the load test`);
  }
  console.log(`loadtest: ${CONNECTIONS} connections, ${DURATION} s, ${PATHS.length} URLs in turn, ${origin}`);
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: DURATION,
    // A request still unanswered after 30 s counts as an error (autocannon's default is 10 s).
    timeout: 30,
    requests: PATHS.map((path) => ({ method: "GET", path })),
  });
  const nonOk = result.non2xx;
  const rows = [
    ["requests", String(result.requests.total)],
    ["requests/s (mean)", result.requests.average.toFixed(0)],
    ["latency p50", `${result.latency.p50} ms`],
    ["latency p90", `${result.latency.p90} ms`],
    ["latency p99", `${result.latency.p99} ms`],
    ["latency max", `${result.latency.max} ms`],
    ["throughput", `${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s`],
    ["errors", String(result.errors)],
    ["timeouts", String(result.timeouts)],
    ["non-2xx", String(nonOk)],
  ];
  for (const [k, v] of rows) console.log(`${(k ?? "").padEnd(20)} ${v}`);
  const stats = (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  console.log(
    `${"statuses".padEnd(20)} ${Object.entries(stats)
      .map(([code, s]) => `${code}: ${s.count}`)
      .join(", ")}`,
  );
  code = result.errors === 0 && result.timeouts === 0 && nonOk === 0 ? 0 : 1;
  console.log(code === 0 ? "loadtest: OK (no errors, no non-2xx)" : "loadtest: FAILED");
} catch (error) {
  console.error(error);
} finally {
  server.kill();
}
process.exit(code);
