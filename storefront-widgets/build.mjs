// Builds dist/: ESM bundles (minified, with sourcemaps) and .d.ts declarations, then checks the size budget.
//   node build.mjs            build once (exit 1 on type errors or a blown budget)
//   node build.mjs --watch    rebuild on change (npm run dev)
//   node build.mjs --no-types skip the declarations
import { spawn } from "node:child_process"
import { copyFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import * as esbuild from "esbuild"
import { checkSizes } from "./size-budget.mjs"

const root = dirname(fileURLToPath(import.meta.url))
const watch = process.argv.includes("--watch")
const types = !process.argv.includes("--no-types")

/** dist/<name>.js: index (no registration, server-safe), touchpoints (everything), one per widget. */
const entryPoints = {
  index: "src/index.ts",
  touchpoints: "src/touchpoints.ts",
  "also-bought": "src/also-bought.ts",
  "cart-recovery": "src/cart-recovery.ts",
  consent: "src/consent.ts",
  "feedback-survey": "src/feedback-survey.ts",
  "next-steps": "src/next-steps.ts",
  offer: "src/offer.ts",
  wishlist: "src/wishlist.ts",
  "wishlist-button": "src/wishlist-button.ts",
}

/** @type {import("esbuild").BuildOptions} */
const options = {
  absWorkingDir: root,
  entryPoints,
  outdir: "dist",
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: ["es2022", "chrome100", "firefox100", "safari15.4"],
  minify: true,
  sourcemap: true,
  charset: "utf8",
  legalComments: "none",
  logLevel: "info",
}

/**
 * The Next.js entries: `next` (route handler, cart revalidation: server only) and `next-client` (client
 * components, marked "use client"). React, Next.js and the widgets themselves stay imports, so the storefront's
 * bundler shares one React and loads the widgets as their own chunk.
 */
const nextShared = {
  ...options,
  external: ["react", "next", "next/*", "@touchpoints/widgets", "@touchpoints/widgets/*"],
}
const nextBuilds = [
  { ...nextShared, entryPoints: { next: "src/next/index.ts" } },
  { ...nextShared, entryPoints: { "next-client": "src/next/client.ts" }, banner: { js: '"use client";' } },
]

/** `@touchpoints/widgets/react`: the JSX typings (types/react.d.ts) and an empty module to import them by. */
function writeReactTypings() {
  copyFileSync(join(root, "types", "react.d.ts"), join(root, "dist", "react.d.ts"))
  writeFileSync(join(root, "dist", "react.js"), "// JSX typings only: see react.d.ts\nexport {}\n")
}

function runTsc(extra = []) {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc")
  return spawn(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), ...extra], { stdio: "inherit" })
}

rmSync(join(root, "dist"), { recursive: true, force: true })

if (watch) {
  const sizePlugin = {
    name: "size",
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length === 0) checkSizes()
      })
    },
  }
  const context = await esbuild.context({ ...options, plugins: [sizePlugin] })
  await context.watch()
  const nextContexts = await Promise.all(nextBuilds.map((build) => esbuild.context(build)))
  await Promise.all(nextContexts.map((next) => next.watch()))
  writeReactTypings()
  const tsc = types ? runTsc(["--watch", "--preserveWatchOutput"]) : undefined
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, async () => {
      tsc?.kill()
      await context.dispose()
      await Promise.all(nextContexts.map((next) => next.dispose()))
      process.exit(0)
    })
  }
} else {
  await esbuild.build(options)
  await Promise.all(nextBuilds.map((build) => esbuild.build(build)))
  writeReactTypings()
  if (types) {
    const code = await new Promise((resolve) => runTsc().on("exit", resolve))
    if (code !== 0) {
      console.error("declaration build failed")
      process.exit(1)
    }
  }
  if (!checkSizes()) {
    console.error("size budget exceeded (see size-budget.mjs)")
    process.exit(1)
  }
}
