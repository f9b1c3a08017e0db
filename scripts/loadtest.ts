// Load test of the production server: `npm run loadtest`. Loopback only, bounded (30 s, 100
// connections by default), a mix of pages, embeds, dated views, downloads, oEmbed and social
// images (scripts/lib/load.ts). The dated views take a different date on each request, spread
// over 1994 to today. Prints requests per second and latency percentiles; exits non-zero on any
// error or any non-2xx answer (every URL in the mix is valid).
//   LOADTEST_DURATION=10 LOADTEST_CONNECTIONS=400 npm run loadtest
import { clean, DATES, measure, mix, report } from "./lib/load";
import { ensureBuild, startNext } from "./lib/next-server";

const PORT = Number(process.env.LOADTEST_PORT ?? 3211);
const DURATION = Number(process.env.LOADTEST_DURATION ?? 30);
const CONNECTIONS = Number(process.env.LOADTEST_CONNECTIONS ?? 100);
const origin = `http://localhost:${PORT}`;
const SITE_URL = process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000";
const MIX = mix(`/oembed?url=${encodeURIComponent(`${SITE_URL}/centers/moscow`)}`);

ensureBuild();

const server = await startNext(PORT);
let code = 1;
try {
  console.log(
    `loadtest: ${CONNECTIONS} connections, ${DURATION} s, ${MIX.length} URLs in turn (dated views over ${DATES.length} dates from ${DATES[0]} to ${DATES.at(-1)}), ${origin}`,
  );
  const figures = await measure(origin, MIX, CONNECTIONS, DURATION);
  report({ "next start": figures });
  code = clean(figures) ? 0 : 1;
  console.log(code === 0 ? "loadtest: OK (no errors, no non-2xx)" : "loadtest: FAILED");
} catch (error) {
  console.error(error);
} finally {
  server.kill();
}
process.exit(code);
