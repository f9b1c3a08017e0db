// `npm run loadtest:static`: the static export (out/, from `npm run export`) served by nginx with
// the configuration the export writes (nginx-headers.conf, nginx-server.conf), measured with the
// load test's mix beside `next start` on the same machine, one after the other. Before measuring,
// it checks that nginx answers as the Node server does: the same status for every URL of the mix,
// the same page for a dated view (the date is applied in the browser), and each page's policy allowing exactly its inline
// scripts. Needs nginx (Debian's `nginx` package; /usr/sbin/nginx or NGINX=path).
//   LOADTEST_DURATION=10 LOADTEST_CONNECTIONS=100 npm run loadtest:static
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inlineScriptHashes } from "./lib/inline-scripts.mjs";
import { clean, DATES, type Entry, firstUrl, measure, mix, report } from "./lib/load";
import { ensureBuild, root, startNext, waitFor } from "./lib/next-server";

const DURATION = Number(process.env.LOADTEST_DURATION ?? 30);
const CONNECTIONS = Number(process.env.LOADTEST_CONNECTIONS ?? 100);
const NGINX = process.env.NGINX ?? "/usr/sbin/nginx";
const out = join(root, "out");
const SITE_URL = process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000";
const nginxOrigin = "http://127.0.0.1:3213";
const nextOrigin = "http://localhost:3214";

if (!existsSync(NGINX)) {
  console.error(`loadtest:static: no nginx at ${NGINX} (apt-get install nginx, or NGINX=path)`);
  process.exit(1);
}
if (!existsSync(join(out, "nginx-server.conf"))) {
  console.error("loadtest:static: no export in out/: run npm run export first");
  process.exit(1);
}
ensureBuild();

const dir = join(tmpdir(), "jcm-nginx");
mkdirSync(dir, { recursive: true });
const conf = join(dir, "nginx.conf");
writeFileSync(
  conf,
  `# Written by scripts/loadtest-static.ts: the export's configuration in a minimal nginx.
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
daemon off;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${out}/nginx-headers.conf;
  server {
    listen ${new URL(nginxOrigin).host};
    root ${out};
    include ${out}/nginx-server.conf;
  }
}
`,
);
execFileSync(NGINX, ["-t", "-q", "-c", conf], { stdio: "inherit" });

const STATIC_MIX: Entry[] = mix("/oembed/centers/moscow.json");
const NEXT_MIX: Entry[] = mix(`/oembed?url=${encodeURIComponent(`${SITE_URL}/centers/moscow`)}`);

let nginx: ChildProcess | undefined;
let next: ChildProcess | undefined;
let code = 1;
try {
  nginx = spawn(NGINX, ["-c", conf], { stdio: "inherit" });
  await waitFor(`${nginxOrigin}/`);
  next = await startNext(Number(new URL(nextOrigin).port));
  await check();
  console.log(
    `loadtest:static: ${CONNECTIONS} connections, ${DURATION} s each, ${STATIC_MIX.length} URLs in turn (dated views over ${DATES.length} dates), nginx then next start`,
  );
  const figures = {
    "nginx (export)": await measure(nginxOrigin, STATIC_MIX, CONNECTIONS, DURATION),
    "next start": await measure(nextOrigin, NEXT_MIX, CONNECTIONS, DURATION),
  };
  report(figures);
  const ratio = figures["nginx (export)"].rps / figures["next start"].rps;
  console.log(`${"nginx / next start".padEnd(20)} ${ratio.toFixed(1)}× the requests per second`);
  code = Object.values(figures).every(clean) ? 0 : 1;
  console.log(code === 0 ? "loadtest:static: OK (no errors, no non-2xx)" : "loadtest:static: FAILED");
} catch (error) {
  console.error(error);
} finally {
  nginx?.kill();
  next?.kill();
}
process.exit(code);

/** nginx answers as the Node server does: statuses, the same pages, exact script policies. */
async function check() {
  const urls = [
    ...STATIC_MIX.filter((e) => typeof e !== "string" || !e.startsWith("/oembed")).map(firstUrl),
    "/centers/moscow?asof=1999-06-01",
    "/ja/embed/moscow/?asof=2025-01-20&theme=dark",
    "/?asof=2999-01-01",
    "/ru/centers/moscow?asof=1999-02-30",
    "/centers/tokyo",
    "/ja/no-such-page",
    "/en/centers/moscow?asof=1999-06-01",
    "/en",
    // The map images: the latest in each theme, and the bad options (400s). A picture of a date
    // is the Node server's only (decision 012): nginx says so with a 404, checked below.
    "/images/overview.png",
    "/ja/images/moscow.svg?theme=dark",
    "/ru/images/vladivostok.png?theme=dark",
    "/images/moscow.png?theme=blue",
    "/images/tokyo.png",
  ];
  for (const url of ["/images/moscow.svg?asof=1999-06-01&theme=dark", "/ja/images/overview.png?asof=2025-01-20"]) {
    const response = await fetch(`${nginxOrigin}${url}`);
    if (response.status !== 404 || !(await response.text()).includes("latest state only")) {
      throw new Error(`${url}: nginx should say that pictures of a date are the Node server's`);
    }
  }
  for (const url of urls) {
    const [fromNginx, fromNext] = await Promise.all([fetch(`${nginxOrigin}${url}`), fetch(`${nextOrigin}${url}`)]);
    if (fromNginx.status !== fromNext.status) {
      throw new Error(`${url}: nginx answered ${fromNginx.status}, next start ${fromNext.status}`);
    }
    // A map image: the same picture, byte for byte (the export saved the Node server's).
    if (/\/images\//.test(url) && fromNginx.status === 200) {
      const [a, b] = [Buffer.from(await fromNginx.arrayBuffer()), Buffer.from(await fromNext.arrayBuffer())];
      if (!a.equals(b)) throw new Error(`${url}: nginx and next start send different pictures`);
      continue;
    }
    if (!(fromNginx.headers.get("content-type") ?? "").startsWith("text/html")) continue;
    const [a, b] = [await fromNginx.text(), await fromNext.text()];
    // The same page, carrying the same states (the date is applied in the browser: decision 012).
    const states = (html: string) => (html.match(/data-(?:since|until|dim-until)="\d+"/g) ?? []).join(" ");
    const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
    if (fromNginx.status === 200 && (states(a) !== states(b) || title(a) !== title(b))) {
      throw new Error(`${url}: nginx and next start serve different pages`);
    }
    const policy = fromNginx.headers.get("content-security-policy") ?? "";
    const allowed = new Set(policy.match(/'sha256-[^']+'/g) ?? []);
    const inline = new Set(inlineScriptHashes(a));
    if (inline.size === 0 || [...inline].some((h) => !allowed.has(h)) || allowed.size !== inline.size) {
      throw new Error(`${url}: nginx's policy does not allow exactly the page's inline scripts`);
    }
  }
  console.log(`loadtest:static: nginx answers ${urls.length} URLs as next start does (status, page, policy)`);
}
