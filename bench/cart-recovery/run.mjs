#!/usr/bin/env node
// Benchmark of the abandoned-cart scan (@touchpoints/cart-recovery): 100,000 open carts of which 10,000 are due
// for their first reminder, sent over a real SMTP exchange to an in-process mail catcher; then the same with
// 25,000 / 2,500 to show that memory does not grow with the number of carts (the scan pages by id).
// Prints seconds, carts/s, reminders/s and the store process's peak memory (targets: under 60 s; memory flat).
// Usage: npm run bench:cart-recovery   (env: BENCH_CARTS, BENCH_DUE_CARTS for the large run)
import { spawn } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import pg from "pg"
import { ensureDatabase } from "../../src/launcher/database.mjs"
import { root } from "../lib/server.mjs"

const { startMailCatcher } = createRequire(import.meta.url)("../../src/mail-catcher/mail-catcher.cjs")
const LARGE = { carts: Number(process.env.BENCH_CARTS || 100_000), due: Number(process.env.BENCH_DUE_CARTS || 10_000) }
const SMALL = { carts: Math.round(LARGE.carts / 4), due: Math.round(LARGE.due / 4) }
const SCRATCH = "touchpoints_bench_cart_recovery"
const SMTP_PORT = 2625
const log = (message) => console.log(`[bench] ${message}`)
const verdict = (ok) => (ok ? "PASS" : "MISS")

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let out = ""
    child.stdout.on("data", (chunk) => (out += chunk))
    child.stderr.on("data", (chunk) => (out += chunk))
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(" ")} exited ${code}\n${out.slice(-3000)}`))
    )
  })
}

/** A fresh, migrated and seeded scratch database on the store's server (DATABASE_URL, or the embedded one). */
async function seededDatabase() {
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
  const env = { DATABASE_URL: url.toString(), MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "error" }
  log("building, migrating and seeding the scratch store")
  await run("npm", ["run", "build", "--silent"], env)
  await run("npx", ["medusa", "db:migrate"], env)
  await run("npx", ["medusa", "exec", "./src/scripts/seed.ts"], env)
  return { env, stop: db.stop }
}

const scratch = await seededDatabase()
const catcher = await startMailCatcher({ smtpPort: SMTP_PORT, web: false })
const results = { at: new Date().toISOString() }
try {
  for (const [name, size] of [
    ["small", SMALL],
    ["large", LARGE],
  ]) {
    catcher.clear()
    log(`scan over ${size.carts.toLocaleString("en-US")} carts, ${size.due.toLocaleString("en-US")} due`)
    const output = await run("npx", ["medusa", "exec", "./bench/cart-recovery/scan.ts"], {
      ...scratch.env,
      BENCH_CARTS: String(size.carts),
      BENCH_DUE_CARTS: String(size.due),
      TP_SMTP_HOST: "127.0.0.1",
      TP_SMTP_PORT: String(SMTP_PORT),
      TP_CART_RECOVERY_REQUIRE_CONSENT: "true",
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --expose-gc`.trim(),
    })
    const line = output.split("\n").find((entry) => entry.startsWith("BENCH_CART_RECOVERY "))
    if (!line) throw new Error(`no result line:\n${output.slice(-2000)}`)
    results[name] = { ...JSON.parse(line.slice("BENCH_CART_RECOVERY ".length)), received: catcher.received() }
  }
} finally {
  await catcher.stop()
  await scratch.stop()
}

const { small, large } = results
const extra = (r) => r.peak_rss_mb - r.rss_at_start_mb
// what the scan keeps (heap after a full GC) must not grow with the carts; the peak RSS is shown too, but V8 lets
// garbage pile up before it collects, so a longer run peaks higher without holding more
const flat = large.retained_heap_mb <= Math.max(small.retained_heap_mb * 1.5, small.retained_heap_mb + 16)
const row = (r) =>
  `${r.carts.toLocaleString("en-US").padStart(7)} carts, ${r.due.toLocaleString("en-US").padStart(6)} due: ${r.seconds.toFixed(1)} s, ` +
  `${r.carts_per_second.toLocaleString("en-US")} carts/s, ${r.reminders_per_second} reminders/s, ` +
  `${r.received.toLocaleString("en-US")} emails received, RSS ${r.rss_at_start_mb} -> peak ${r.peak_rss_mb} MB (+${extra(r)} MB), ` +
  `heap kept after GC +${r.retained_heap_mb} MB`
console.log(`
  ${row(small)}
  ${row(large)}
  outcomes (large)   ${JSON.stringify(large.outcomes)}
  large scan under 60 s: ${verdict(large.seconds < 60)}   every due cart mailed once: ${verdict(large.received === large.due)}
  memory flat (heap kept after the large scan within 1.5x or +16 MB of the small one's): ${verdict(flat)}
`)
const out = join(root, "bench", "results")
mkdirSync(out, { recursive: true })
writeFileSync(join(out, `cart-recovery-${Date.now()}.json`), JSON.stringify(results, null, 2))
