import { availableParallelism } from "node:os";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { nextHeaders } from "./lib/headers";

// next-intl reads its per-request configuration (messages, time zone) from i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next gives the page generation one worker less than the machine's cores: one on a 2-core
  // machine, where the main process mostly waits meanwhile. Two workers there (docs/deploy.md,
  // "Build time"); 53 pages since decision 012, so this matters less than it did.
  experimental: { cpus: Math.max(2, availableParallelism() - 1) },
  reactStrictMode: true,
  // resvg (the map images' PNGs) is a native module: loaded by Node, not bundled.
  serverExternalPackages: ["@resvg/resvg-js"],
  // The security and cache headers of files and route handlers, from the header table
  // (lib/headers.ts); pages get theirs from proxy.ts, which knows each page's inline scripts and
  // whether it is an embed.
  async headers() {
    return nextHeaders();
  },
};

export default withNextIntl(nextConfig);
