import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // this folder is its own app inside the repository (its own lockfile)
  outputFileTracingRoot: __dirname,
  // our typings must hold: a type error fails the build (the starter ignores them)
  typescript: { ignoreBuildErrors: false },
}

export default nextConfig
