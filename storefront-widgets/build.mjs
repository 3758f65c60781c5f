// Builds dist/: ESM bundles (minified, with sourcemaps) and .d.ts declarations, then checks the size budget.
// The entries share code: what two entries both need (the runtime, the base element, shared texts) is one file
// in dist/chunks/, so a page that loads two widgets loads the runtime once.
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

/**
 * dist/<name>.js, one per widget (group): built together with `splitting`, so what two of them both need (the
 * runtime, the base element, shared texts) is one file in dist/chunks/ that a page loads once. Each entry imports
 * its chunks by relative path: copy or serve dist/ as a whole.
 */
const widgetEntryPoints = {
  "also-bought": "src/also-bought.ts",
  "cart-recovery": "src/cart-recovery.ts",
  consent: "src/consent.ts",
  "feedback-survey": "src/feedback-survey.ts",
  "next-steps": "src/next-steps.ts",
  offer: "src/offer.ts",
  wishlist: "src/wishlist.ts",
  "wishlist-button": "src/wishlist-button.ts",
}

/**
 * dist/index.js (no registration, server-safe) and dist/touchpoints.js (everything, one script tag): one file
 * each, so the whole bundle stays one request and compresses as one (split, it would cost a third more gzip).
 */
const wholeEntryPoints = {
  index: "src/index.ts",
  touchpoints: "src/touchpoints.ts",
}

/** @type {import("esbuild").BuildOptions} */
const options = {
  absWorkingDir: root,
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
const builds = [
  { ...options, entryPoints: widgetEntryPoints, splitting: true, chunkNames: "chunks/[name]-[hash]" },
  { ...options, entryPoints: wholeEntryPoints },
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
  // the size check runs after the widget entries (the build the budget is mostly about) are rebuilt
  const contexts = await Promise.all(
    builds.map((build, index) => esbuild.context(index === 0 ? { ...build, plugins: [sizePlugin] } : build))
  )
  await Promise.all(contexts.map((context) => context.watch()))
  writeReactTypings()
  const tsc = types ? runTsc(["--watch", "--preserveWatchOutput"]) : undefined
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, async () => {
      tsc?.kill()
      await Promise.all(contexts.map((context) => context.dispose()))
      process.exit(0)
    })
  }
} else {
  await Promise.all(builds.map((build) => esbuild.build(build)))
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
