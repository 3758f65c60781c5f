#!/usr/bin/env node
// Benchmark: the owner's feedback report over 100,000 answered surveys (target: under 1 s), next to Medusa's own
// GET /admin/orders and GET /admin/products (50 each) on the same server in the same run. The responses are
// written in SQL into the bench store's database (spread over the last 365 days, one to three real products each,
// NPS and effort scores, a comment on every fifth), with 20,000 surveys offered and never answered.
// Usage: npm run bench:feedback   (env: BENCH_RESPONSES, BENCH_RUNS)
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import pg from "pg"
import { adminHeaders } from "../lib/admin.mjs"
import { root, startBenchServer } from "../lib/server.mjs"
import { writeResponses } from "./responses.mjs"

const RESPONSES = Number(process.env.BENCH_RESPONSES || 100_000)
const RUNS = Number(process.env.BENCH_RUNS || 10)
const ADMIN = { email: "bench-owner@touchpoints.local", password: "bench-password" }
const log = (message) => console.log(`[bench] ${message}`)
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const server = await startBenchServer({ port: 9404, log })
process.on("SIGINT", () => server.stop().then(() => process.exit(130)))

try {
  const db = new pg.Client({ connectionString: server.databaseUrl })
  await db.connect()
  log(
    `writing ${RESPONSES.toLocaleString("en-US")} answered surveys (and ${(RESPONSES / 5).toLocaleString("en-US")} unanswered)`
  )
  const written = await writeResponses(db, RESPONSES)
  await db.end()

  // an admin user (Medusa's own CLI, with the server's signing secret), then a real login
  const headers = await adminHeaders(server, ADMIN)

  const from = new Date(Date.now() - 366 * 86_400_000).toISOString()
  const timed = async (path, read = (response) => response.json()) => {
    const samples = []
    for (let run = 0; run < RUNS + 1; run++) {
      const started = performance.now()
      const response = await fetch(`${server.url}${path}`, { headers })
      if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`)
      const body = await read(response)
      if (run > 0) samples.push(performance.now() - started) // the first answer warms up
      if (run === RUNS)
        return {
          path,
          body,
          p50: percentile(
            samples.sort((a, b) => a - b),
            50
          ),
          p95: percentile(samples, 95),
        }
    }
  }
  const rows = []
  log(`timing each route ${RUNS} times (after one warm-up)`)
  const orders = await timed("/admin/orders?limit=50")
  const products = await timed("/admin/products?limit=50")
  const baseline = (orders.p95 + products.p95) / 2
  for (const groupBy of ["", "week", "month", "product", "category"]) {
    const path = `/admin/feedback/report?from=${from}${groupBy ? `&group_by=${groupBy}` : ""}`
    const result = await timed(path)
    rows.push({
      name: `report${groupBy ? ` group_by=${groupBy}` : ""}`,
      ...result,
      responses: result.body.report.responses,
    })
  }
  const filtered = await timed(`/admin/feedback/report?from=${from}&band=detractor&q=delivery&group_by=month`)
  rows.push({ name: "report band=detractor q=delivery", ...filtered, responses: filtered.body.report.responses })
  const csv = await timed(`/admin/feedback/report?from=${from}&format=csv`, (response) => response.text())
  const csvLines = csv.body.trim().split("\r\n").length - 1

  const worst = Math.max(...rows.map((row) => row.p95))
  const line = (name, r, extra = "") =>
    `    ${name.padEnd(40)} p50 ${r.p50.toFixed(0).padStart(5)} ms  p95 ${r.p95.toFixed(0).padStart(5)} ms  ratio ${(r.p95 / baseline).toFixed(2).padStart(5)}${extra}`
  const report = rows[0].body.report
  console.log(`
  ${written.answered.toLocaleString("en-US")} responses (${written.offered.toLocaleString("en-US")} surveys offered), ${RUNS} runs each, one connection
    NPS ${report.nps} (${report.promoters} promoters, ${report.passives} passives, ${report.detractors} detractors), CES ${report.ces_average}, response rate ${report.response_rate}%
${line("GET /admin/orders?limit=50 (Medusa)", orders)}
${line("GET /admin/products?limit=50 (Medusa)", products)}
${rows.map((row) => line(`GET ${row.name}`, row, `  (${row.responses.toLocaleString("en-US")} responses)`)).join("\n")}
${line("GET report format=csv", csv, `  (${csvLines.toLocaleString("en-US")} rows)`)}
    ratio: p95 / mean p95 of Medusa's two admin lists
    every report under 1 s (p95 ${worst.toFixed(0)} ms): ${worst < 1000 ? "PASS" : "MISS"}   server RSS ${server.rssMb() ?? "?"} MB
`)
  const dir = join(root, "bench", "results")
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, `feedback-${Date.now()}.json`),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        responses: written,
        baseline: { orders: orders.p95, products: products.p95 },
        reports: rows.map(({ name, p50, p95 }) => ({ name, p50, p95 })),
        csv: { p50: csv.p50, p95: csv.p95, rows: csvLines },
      },
      null,
      2
    )
  )
} finally {
  await server.stop()
}
