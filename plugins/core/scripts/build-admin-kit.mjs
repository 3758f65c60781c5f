#!/usr/bin/env node
// Builds @touchpoints/core/admin-kit after `medusa plugin:build`: the other plugins' admin bundles keep
// `@touchpoints/core/...` imports external (a peer), so the shop's own admin build loads the kit from core's
// package, and it must be a real module there (ESM for Vite, CJS for require) with its types.
// Written under .medusa/server/src/admin/, where the dashboard's Tailwind looks for a plugin's class names.
import { spawnSync } from "node:child_process"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const outDir = join(root, ".medusa/server/src/admin/kit")
// the dashboard's own copies, never a second one: a second react-query has no QueryClient in its context
const external = [
  "react",
  "react/jsx-runtime",
  "react-dom",
  "@medusajs/ui",
  "@medusajs/icons",
  "@medusajs/js-sdk",
  "@tanstack/react-query",
]

for (const [format, file] of [
  ["esm", "index.mjs"],
  ["cjs", "index.js"],
]) {
  await build({
    entryPoints: [join(root, "src/admin/kit/index.ts")],
    outfile: join(outDir, file),
    bundle: true,
    format,
    platform: "browser",
    // the dashboard's browser floor (Medusa's admin builds for "baseline-widely-available")
    target: "es2022",
    jsx: "automatic",
    external,
    logLevel: "warning",
  })
}

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc")
const types = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.admin-kit.json")], { stdio: "inherit" })
if (types.status !== 0) process.exit(types.status ?? 1)
console.log("admin kit built: .medusa/server/src/admin/kit")
