import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads its per-request configuration (messages, time zone) from i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const immutable = [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }];
// Files and route handlers (data downloads, oEmbed, social images) refuse to be framed. Pages
// get their framing rules from proxy.ts: only the embeds may be framed, by anyone. (A rule here
// cannot tell the embeds apart: it is also matched against the internal path a page is served from.)
const notFrameable = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      // Content-hashed (basemap) and versioned (worker) files never change under one name.
      { source: "/basemap/:file*", headers: immutable },
      { source: "/vendor/:file*", headers: immutable },
      { source: "/data/:path*", headers: notFrameable },
      { source: "/og/:path*", headers: notFrameable },
      { source: "/oembed", headers: notFrameable },
    ];
  },
};

export default withNextIntl(nextConfig);
