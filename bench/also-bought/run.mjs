#!/usr/bin/env node
// Benchmark of @touchpoints/also-bought at scale, in three parts:
// 1. a full rebuild of the statistics from 1,000,000 generated order lines (the import command: read, match,
//    store the baskets, recount every product and pair in SQL), lines/s and peak memory of the command's process
//    (targets: under 20 s, under 512 MB extra);
// 2. single-order updates on those statistics (target p95 < 10 ms);
// 3. GET /store/products/:id/also-bought next to Medusa's GET /store/products/:id on the seeded demo store, same
//    server, same run (target p95 ratio <= 1.0).
// Usage: npm run bench:also-bought   (env: BENCH_ORDER_LINES, BENCH_SECONDS=15, BENCH_CONNECTIONS=10,
//        BENCH_URL/BENCH_KEY to measure part 3 on a running store)
import { spawn } from "node:child_process"
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { ensureDatabase } from "../../src/launcher/database.mjs"
import { measure } from "../lib/latency.mjs"
import { root, startBenchServer } from "../lib/server.mjs"
import { writeBaskets } from "./generate-baskets.mjs"

const LINES = Number(process.env.BENCH_ORDER_LINES || 1_000_000)
const PRODUCTS = 2_000
const seconds = Number(process.env.BENCH_SECONDS || 15)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const SCRATCH = "touchpoints_bench_import"
const log = (message) => console.log(`[bench] ${message}`)
const verdict = (ok) => (ok ? "PASS" : "MISS")

/** Runs a command, collecting stdout; rejects on a non-zero exit with its output. */
function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let out = ""
    let err = ""
    child.stdout.on("data", (chunk) => (out += chunk))
    child.stderr.on("data", (chunk) => (err += chunk))
    child.on("exit", (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${command} ${args.join(" ")} exited ${code}\n${(out + err).slice(-3000)}`))
    )
  })
}
const lineOf = (output, prefix) => {
  const line = output.split("\n").find((entry) => entry.startsWith(prefix))
  if (!line) throw new Error(`no ${prefix} line in:\n${output.slice(-2000)}`)
  return JSON.parse(line.slice(prefix.length))
}

/** A fresh scratch database on the same server as the store's (DATABASE_URL, or the embedded one). */
async function scratchDatabase() {
  const db = process.env.DATABASE_URL
    ? await ensureDatabase({ root, log })
    : await ensureDatabase({ root, database: "touchpoints", shareRunning: true, log })
  const url = new URL(db.url)
  const admin = new URL(db.url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS ${SCRATCH} WITH (FORCE)`)
  await client.query(`CREATE DATABASE ${SCRATCH}`)
  await client.end()
  url.pathname = `/${SCRATCH}`
  return { url: url.toString(), stop: db.stop }
}

const dir = join(tmpdir(), "tp-bench-also-bought")
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
const results = { at: new Date().toISOString(), order_lines: LINES }

// ---- 1. full rebuild from 1,000,000 order lines ----
log(`writing ${LINES.toLocaleString("en-US")} order lines over ${PRODUCTS} products`)
const history = join(dir, "history.csv")
const written = await writeBaskets(history, { lines: LINES, products: PRODUCTS })
const catalog = join(dir, "catalog.csv")
writeFileSync(catalog, `${written.titles.join("\n")}\n`)
const scratch = await scratchDatabase()
const env = { DATABASE_URL: scratch.url, LOG_LEVEL: "error" }
const touchpoints = (args) => run("node", ["src/launcher/touchpoints.mjs", ...args], env)
try {
  log("creating the products (an import of the catalogue, then its one-product baskets taken out again)")
  await touchpoints(["import-orders", catalog, "--format", "baskets", "--create-products", "--source", "bench-catalog"])
  const client = new pg.Client({ connectionString: scratch.url })
  await client.connect()
  await client.query("DELETE FROM tp_ab_order WHERE order_id LIKE 'import:bench-catalog:%'")
  await client.end()

  log("importing the history: read, match, store, recount everything")
  const first = lineOf(
    await touchpoints(["import-orders", history, "--format", "baskets", "--source", "bench-history"]),
    "TOUCHPOINTS_IMPORT "
  )
  log("importing it again (every order known: counted once)")
  const again = lineOf(
    await touchpoints(["import-orders", history, "--format", "baskets", "--source", "bench-history"]),
    "TOUCHPOINTS_IMPORT "
  )
  const extraMb = first.peak_rss_mb - first.rss_at_start_mb
  results.rebuild = {
    orders: first.orders,
    lines: first.order_lines,
    pairs: first.statistics.pairs,
    seconds: first.total_ms / 1000,
    read_seconds: first.read_ms / 1000,
    lines_per_second: first.lines_per_second,
    rss_at_start_mb: first.rss_at_start_mb,
    peak_rss_mb: first.peak_rss_mb,
    extra_mb: extraMb,
    again_seconds: again.total_ms / 1000,
    again_duplicates: again.duplicate_orders,
  }

  // ---- 2. single-order updates ----
  log("timing 500 single-order updates on those statistics")
  const incremental = lineOf(
    await run("npx", ["medusa", "exec", "./bench/also-bought/incremental.ts"], {
      ...env,
      MEDUSA_DISABLE_TELEMETRY: "true",
    }),
    "BENCH_INCREMENTAL "
  )
  results.incremental = incremental
} finally {
  await scratch.stop()
}

// ---- 3. the store route next to Medusa's product route ----
const server = process.env.BENCH_URL
  ? { url: process.env.BENCH_URL, publishableKey: process.env.BENCH_KEY, rssMb: () => null, stop: async () => {} }
  : await startBenchServer({ port: 9402, log })
try {
  const key = { "x-publishable-api-key": server.publishableKey }
  const get = async (path) => {
    const response = await fetch(`${server.url}${path}`, { headers: key })
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`)
    return response.json()
  }
  const { regions } = await get("/store/regions?limit=1&fields=id")
  const region = regions[0]
  const { products } = await get("/store/products?limit=40&fields=id")
  // first answers per product: computed, not cached (the cache is per product)
  const cold = []
  let anchor
  for (const product of products) {
    const started = performance.now()
    const { companions } = await get(`/store/products/${product.id}/also-bought?limit=6&region_id=${region.id}`)
    cold.push(performance.now() - started)
    if (!anchor && companions.filter((companion) => companion.source === "rules").length >= 3) anchor = product.id
  }
  if (!anchor) throw new Error("no seeded product has three rules")
  cold.sort((a, b) => a - b)
  const productUrl = `${server.url}/store/products/${anchor}?region_id=${region.id}`
  const alsoBoughtUrl = `${server.url}/store/products/${anchor}/also-bought?limit=6&region_id=${region.id}`
  const phase = (url, duration = seconds) => measure({ url, headers: key, connections, durationSeconds: duration })
  log("warming up")
  await phase(productUrl, 3)
  await phase(alsoBoughtUrl, 3)
  log(`GET /store/products/:id, ${connections} connections, ${seconds} s`)
  const productA = await phase(productUrl)
  log(`GET /store/products/:id/also-bought, ${connections} connections, ${seconds} s`)
  const alsoBought = await phase(alsoBoughtUrl)
  log("GET /store/products/:id again (the baseline is the mean of both runs)")
  const productB = await phase(productUrl)
  const baseline = {
    p50: (productA.p50 + productB.p50) / 2,
    p95: (productA.p95 + productB.p95) / 2,
    rps: (productA.rps + productB.rps) / 2,
  }
  results.endpoint = {
    product: baseline,
    also_bought: alsoBought,
    p95_ratio: alsoBought.p95 / baseline.p95,
    uncached_first_answers_ms: { p50: cold[Math.floor(cold.length / 2)], p95: cold[Math.ceil(cold.length * 0.95) - 1] },
  }
} finally {
  await server.stop()
}

const { rebuild, incremental, endpoint } = results
console.log(`
  full rebuild (import)   ${rebuild.lines.toLocaleString("en-US")} lines, ${rebuild.orders.toLocaleString("en-US")} orders, ${rebuild.pairs.toLocaleString("en-US")} pairs
                          ${rebuild.seconds.toFixed(1)} s (reading ${rebuild.read_seconds.toFixed(1)} s), ${rebuild.lines_per_second.toLocaleString("en-US")} lines/s   target < 20 s: ${verdict(rebuild.seconds < 20)}
                          command RSS ${rebuild.rss_at_start_mb} MB at start, peak ${rebuild.peak_rss_mb} MB: ${rebuild.extra_mb} MB extra   target < 512 MB: ${verdict(rebuild.extra_mb < 512)}
                          (PostgreSQL's own memory is not in these numbers)
                          again: ${rebuild.again_seconds.toFixed(1)} s, ${rebuild.again_duplicates.toLocaleString("en-US")} orders known, none counted twice
  single-order update     count p50 ${incremental.count.p50.toFixed(2)} ms  p95 ${incremental.count.p95.toFixed(2)} ms  max ${incremental.count.max.toFixed(1)} ms   target p95 < 10 ms: ${verdict(incremental.count.p95 < 10)}
                          uncount p50 ${incremental.uncount.p50.toFixed(2)} ms  p95 ${incremental.uncount.p95.toFixed(2)} ms
  GET /store/products/:id              ${endpoint.product.rps.toFixed(0)} req/s  p50 ${endpoint.product.p50.toFixed(1)} ms  p95 ${endpoint.product.p95.toFixed(1)} ms
  GET /store/products/:id/also-bought  ${endpoint.also_bought.rps.toFixed(0)} req/s  p50 ${endpoint.also_bought.p50.toFixed(1)} ms  p95 ${endpoint.also_bought.p95.toFixed(1)} ms  non-2xx ${endpoint.also_bought.non2xx}
  p95 ratio also-bought / product      ${endpoint.p95_ratio.toFixed(2)}   target <= 1.0: ${verdict(endpoint.p95_ratio <= 1)}
  uncached first answers (40 products, one connection)  p50 ${endpoint.uncached_first_answers_ms.p50.toFixed(1)} ms  p95 ${endpoint.uncached_first_answers_ms.p95.toFixed(1)} ms
`)
const out = join(root, "bench", "results")
mkdirSync(out, { recursive: true })
writeFileSync(join(out, `also-bought-${Date.now()}.json`), JSON.stringify(results, null, 2))
rmSync(dir, { recursive: true, force: true })
