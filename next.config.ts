import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads its per-request configuration (messages, time zone) from i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const immutable = [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }];
// Only the embeds may be framed, by anyone; every other page refuses to be framed.
const frameable = [{ key: "Content-Security-Policy", value: "frame-ancestors *" }];
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
      { source: "/embed", headers: frameable },
      { source: "/embed/:path*", headers: frameable },
      { source: "/:locale(ja|ru)/embed", headers: frameable },
      { source: "/:locale(ja|ru)/embed/:path*", headers: frameable },
      { source: "/:path((?!(?:ja/|ru/)?embed(?:/|$)).*)", headers: notFrameable },
    ];
  },
};

export default withNextIntl(nextConfig);
