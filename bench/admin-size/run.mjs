#!/usr/bin/env node
// Benchmark: what the seven plugins add to the Medusa admin a shop owner's browser loads. Builds the admin of a
// plain Medusa store (the highest 2.21 patch, made like create-medusa-app), then installs the packed plugins with
// docs/install.md's own blocks and builds again, and prints the main admin file (the script index.html loads) and
// all admin scripts, raw and gzipped, before and after. Goal (issue 22): the main file under 5 % larger.
// Usage: npm run bench:admin-size   (~5 min: two npm installs and two `medusa build`s; BENCH_KEEP=1 keeps the store)
import { execFile } from "node:child_process"
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { promisify } from "node:util"
import { gzipSync } from "node:zlib"

const require = createRequire(import.meta.url)
const { ROOT, medusaPatches, preparePlainStore } = require("../../integration-tests/install/plain-store.cjs")
const { guideBlocks } = require("../../integration-tests/install/guide-blocks.cjs")
const run = promisify(execFile)
const log = (message) => console.log(`[bench] ${message}`)
const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NODE_OPTIONS: "" }

/** The admin's scripts after `medusa build`: the main file index.html loads, and all of them. */
function adminScripts(store) {
  const admin = join(store, ".medusa/server/public/admin")
  const main = /src="[^"]*\/assets\/([^"]+\.js)"/.exec(readFileSync(join(admin, "index.html"), "utf8"))?.[1]
  if (!main) throw new Error("no module script in the admin's index.html")
  const size = (file) => {
    const bytes = readFileSync(join(admin, "assets", file))
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
  }
  const all = readdirSync(join(admin, "assets"))
    .filter((file) => file.endsWith(".js"))
    .map(size)
    .reduce((sum, one) => ({ raw: sum.raw + one.raw, gzip: sum.gzip + one.gzip }), { raw: 0, gzip: 0 })
  return { main: size(main), all }
}

async function build(store) {
  const started = Date.now()
  await run("npx", ["medusa", "build"], { cwd: store, env, maxBuffer: 64 * 1024 * 1024 })
  return (Date.now() - started) / 1000
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const store = mkdtempSync(join(tmpdir(), "tp-admin-size-"))
try {
  const { highest } = await medusaPatches()
  log(`a plain store on Medusa ${highest} in ${store}`)
  await preparePlainStore(store, highest)
  log(`plain store built in ${(await build(store)).toFixed(0)} s`)
  const plain = adminScripts(store)

  log("packing the plugins and installing them by docs/install.md")
  await run("npm", ["run", "pack:plugins", "--silent"], { cwd: ROOT, env })
  mkdirSync(join(store, "vendor"), { recursive: true })
  for (const tarball of readdirSync(join(ROOT, "dist/packages")).filter((file) => file.endsWith(".tgz"))) {
    copyFileSync(join(ROOT, "dist/packages", tarball), join(store, "vendor", tarball))
  }
  for (const block of guideBlocks(join(ROOT, "docs/install.md"))) {
    if (block.kind === "file") {
      mkdirSync(dirname(join(store, block.path)), { recursive: true })
      writeFileSync(join(store, block.path), block.code)
    } else if (block.code.includes("npm install")) {
      await run("bash", ["-eo", "pipefail", "-c", block.code], { cwd: store, env: { ...env, TOUCHPOINTS_REPO: ROOT } })
    }
  }
  log(`store with the seven plugins built in ${(await build(store)).toFixed(0)} s`)
  const withPlugins = adminScripts(store)

  const line = (what, before, after) =>
    `${what}: ${kb(before)} -> ${kb(after)} (+${kb(after - before)}, +${(((after - before) / before) * 100).toFixed(2)} %)`
  log(line("main admin file, raw", plain.main.raw, withPlugins.main.raw))
  log(line("main admin file, gzip", plain.main.gzip, withPlugins.main.gzip))
  log(line("all admin scripts, raw", plain.all.raw, withPlugins.all.raw))
  log(line("all admin scripts, gzip", plain.all.gzip, withPlugins.all.gzip))
} finally {
  if (!process.env.BENCH_KEEP) rmSync(store, { recursive: true, force: true })
}
