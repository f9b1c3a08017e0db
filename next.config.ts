import { availableParallelism } from "node:os";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { COMMON_SECURITY_HEADERS, RESOURCE_POLICY, WORKER_POLICY } from "./lib/security";

// next-intl reads its per-request configuration (messages, time zone) from i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const immutable = [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }];
// Files and route handlers (downloads, oEmbed, social images, the basemap) get a policy that
// allows nothing to run and no framing. Pages get theirs from proxy.ts (lib/security.ts), which
// knows each page's inline scripts and whether it is an embed. (A rule here cannot tell the
// embeds apart: it is also matched against the internal path a page is served from.)
const resources = [
  { key: "Content-Security-Policy", value: RESOURCE_POLICY },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The dated views are prerendered once per state (about 1,500 pages, decision 010). Next gives
  // the page generation one worker less than the machine's cores: one on a 2-core machine, where
  // the main process mostly waits meanwhile. Two workers there (docs/deploy.md, "Build time").
  experimental: { cpus: Math.max(2, availableParallelism() - 1) },
  reactStrictMode: true,
  // resvg (the map images' PNGs) is a native module: loaded by Node, not bundled.
  serverExternalPackages: ["@resvg/resvg-js"],
  async headers() {
    return [
      { source: "/:path*", headers: [...COMMON_SECURITY_HEADERS] },
      // Content-hashed (basemap) and versioned (worker) files never change under one name.
      { source: "/basemap/:file*", headers: [...immutable, ...resources] },
      // The maps drawn on the server: one content-hashed SVG per frame (scripts/generate-map.ts).
      { source: "/map/:file*", headers: [...immutable, ...resources] },
      // The Japanese subset font: content-hashed names (scripts/jp-font.mjs).
      { source: "/fonts/:file*", headers: [...immutable, ...resources] },
      // MapLibre's worker: its policy governs the worker, which fetches the basemap.
      { source: "/vendor/:file*", headers: [...immutable, { key: "Content-Security-Policy", value: WORKER_POLICY }] },
      { source: "/data/:path*", headers: resources },
      { source: "/og/:path*", headers: resources },
      { source: "/images/:path*", headers: resources },
      { source: "/:locale/images/:path*", headers: resources },
      { source: "/oembed", headers: resources },
      { source: "/embed.js", headers: resources },
      { source: "/:file(robots\\.txt|sitemap\\.xml|icon\\.svg)", headers: resources },
    ];
  },
};

export default withNextIntl(nextConfig);
