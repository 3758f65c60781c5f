#!/usr/bin/env node
// Benchmark: the big shop (issue 25). Generates the big catalogue, orders and shoppers into their own database
// (touchpoints_big, migrated and demo-seeded like the bench store), then measures on one production process (after
// core's full refresh of its buyable snapshot, as a store has it after its first hour): cold paths, warm paths at 8 and 32 connections, the owner's reports, memory next to a plain Medusa store, each
// in-process cache's limit, and every job on one worker. Prints one table (measure, target, figure, ratio,
// PASS/MISS), writes bench/results/big-<ts>.json and exits 1 when a target is missed.
// Usage: npm run bench:big   (env: BENCH_BIG_SCALE=1, BENCH_SECONDS=8, BENCH_BIG_COLD_PRODUCTS=60,
//   BENCH_BIG_REPORT_RUNS=20, BENCH_BIG_SEED=25, BENCH_BIG_JOB_TIMEOUT_SECONDS=300,
//   BENCH_BIG_DATABASE=touchpoints_big, BENCH_BIG_SKIP_GENERATE=1 to measure the demo-sized data,
//   DATABASE_URL for the server)
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { root, startBenchServer } from "../lib/server.mjs"
import { cacheLimits } from "./measures/cache-limits.mjs"
import { measureColdPaths } from "./measures/cold-paths.mjs"
import { measureJobs } from "./measures/jobs.mjs"
import { memoryRows, rssAfterMedusaLoad } from "./measures/memory.mjs"
import { measureOwnerReports } from "./measures/owner-reports.mjs"
import { formatTable } from "./measures/table.mjs"
import { row } from "./measures/timing.mjs"
import { measureWarmPaths } from "./measures/warm-paths.mjs"

const settings = {
  database: process.env.BENCH_BIG_DATABASE || "touchpoints_big",
  scale: Number(process.env.BENCH_BIG_SCALE || 1),
  generated: process.env.BENCH_BIG_SKIP_GENERATE !== "1",
  seconds: Number(process.env.BENCH_SECONDS || 8),
  connections: [8, 32],
  cold_products: Number(process.env.BENCH_BIG_COLD_PRODUCTS || 60),
  report_runs: Number(process.env.BENCH_BIG_REPORT_RUNS || 20),
  seed: Number(process.env.BENCH_BIG_SEED || 25),
}
const PORTS = { store: 9460, plain: 9461 }
const log = (message) => console.log(`[bench:big] ${message}`)
const rows = []
const figures = {}

/** Runs one measure; a measure that throws is a MISS row with its error, and the next one still runs. */
async function section(name, measureIt) {
  try {
    const result = await measureIt()
    rows.push(...(result.rows ?? []))
    figures[name] = result.figures ?? result
    return result
  } catch (error) {
    log(`${name} failed: ${error.stack ?? error}`)
    rows.push(row(name, "runs", `failed: ${String(error.message).split("\n")[0].slice(0, 80)}`, null, false))
    figures[name] = { error: String(error.message).slice(0, 4000) }
    return null
  }
}

async function generate(databaseUrl) {
  if (!settings.generated) return log("BENCH_BIG_SKIP_GENERATE=1: measuring the demo-sized data")
  // loaded only when generating, so a run with BENCH_BIG_SKIP_GENERATE=1 does not need the generator
  const { generateBigShop } = await import("./generate.mjs")
  await generateBigShop({ databaseUrl, scale: settings.scale, log })
}

const store = await startBenchServer({ port: PORTS.store, log, database: settings.database, beforeStart: generate })
const storeEnv = store.env
const idleWithPlugins = store.rssMb()
process.on("SIGINT", () => store.stop().then(() => process.exit(130)))
let fixtures = null
let rssWithPlugins = null
try {
  const headers = { "x-publishable-api-key": store.publishableKey }
  const { regions } = await (await fetch(`${store.url}/store/regions?fields=id,currency_code`, { headers })).json()
  const region = regions.find((r) => r.currency_code === "eur") ?? regions[0]
  // core's buyable snapshot as a store has it after its first hour (the hourly job's full refresh), timed
  await section("buyable snapshot", () => measureJobs({ env: storeEnv, log, jobs: ["buyable-refresh"] }))
  // first, before anything asks for a product
  await section("cold paths", () =>
    measureColdPaths({
      baseUrl: store.url,
      publishableKey: store.publishableKey,
      databaseUrl: store.databaseUrl,
      regionId: region.id,
      count: settings.cold_products,
      seed: settings.seed,
      log,
    })
  )
  // the fixtures sign a survey link with the store's secret, read when their module loads
  process.env.TP_SIGNING_SECRET = store.signingSecret
  const { prepareFixtures } = await import("../cluster/fixtures.mjs")
  fixtures = await section("fixtures", async () => {
    const made = await prepareFixtures({
      baseUrl: store.url,
      publishableKey: store.publishableKey,
      databaseUrl: store.databaseUrl,
      log,
    })
    return { fixtures: made, figures: { region_id: made.regionId, product_id: made.productId } }
  }).then((result) => result?.fixtures ?? null)
  if (fixtures) {
    await section("warm paths", () =>
      measureWarmPaths({
        baseUrl: store.url,
        publishableKey: store.publishableKey,
        fixtures,
        levels: settings.connections,
        seconds: settings.seconds,
        log,
      })
    )
    log("memory: Medusa's routes on the store with all plugins")
    rssWithPlugins = await rssAfterMedusaLoad({
      server: store,
      fixtures,
      connections: 32,
      seconds: settings.seconds,
    }).catch((error) => log(`memory load failed: ${error.stack ?? error}`))
    await section("owner's reports", () =>
      measureOwnerReports({ server: store, productId: fixtures.productId, runs: settings.report_runs, log })
    )
  }
} finally {
  await store.stop()
}

if (fixtures && rssWithPlugins) {
  await section("memory", async () => {
    log("memory: the same load on a plain Medusa store (TP_BENCH_PLAIN=1, same database)")
    const plain = await startBenchServer({
      port: PORTS.plain,
      log,
      database: settings.database,
      prepared: true,
      env: { TP_BENCH_PLAIN: "1" },
    })
    try {
      const idle = { withPlugins: idleWithPlugins, plain: plain.rssMb() }
      const rssPlain = await rssAfterMedusaLoad({ server: plain, fixtures, connections: 32, seconds: settings.seconds })
      const loaded = { withPlugins: rssWithPlugins, plain: rssPlain }
      return { rows: memoryRows({ idle, loaded }), figures: { at_start_mb: idle, after_load_mb: loaded } }
    } finally {
      await plain.stop()
    }
  })
}
if (!rssWithPlugins) rows.push(row("memory", "<= +200 MB", "not measured (see the log)", null, false))
await section("caches", async () => cacheLimits())
await section("jobs", () => measureJobs({ env: storeEnv, log }))

console.log(`\n${formatTable(rows)}\n`)
const missed = rows.filter((r) => r.pass === false).length
console.log(missed ? `${missed} target(s) missed` : "every target met")
const dir = join(root, "bench", "results")
mkdirSync(dir, { recursive: true })
const file = join(dir, `big-${Date.now()}.json`)
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), settings, rows, figures }, null, 2))
log(`written ${file}`)
process.exit(missed ? 1 : 0)
