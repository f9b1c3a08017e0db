import type { NextConfig } from "next";

const immutable = [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      // Content-hashed (basemap) and versioned (worker) files never change under one name.
      { source: "/basemap/:file*", headers: immutable },
      { source: "/vendor/:file*", headers: immutable },
    ];
  },
};

export default nextConfig;
