#!/usr/bin/env node
// Benchmark: GET /store/offers (the shopper's best offer, with its reason) next to Medusa's GET /store/products/:id,
// same server, same run, with 100 segments (each with an offer) and 100,000 visitor profiles; every request is a
// different visitor (rotating through the profiles), so profile reads are never served from a warm row.
// Target: p95 ratio offers / product <= 1.0.
// Usage: npm run bench:offers   (env: BENCH_SECONDS=15 BENCH_CONNECTIONS=10)
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { signVisitorId } from "@touchpoints/core/lib"
import pg from "pg"
import { adminHeaders } from "../lib/admin.mjs"
import { measure } from "../lib/latency.mjs"
import { root, startBenchServer } from "../lib/server.mjs"
import { PROFILES, SEGMENTS, visitorId, writeProfiles, writeSegments } from "./fixtures.mjs"

const seconds = Number(process.env.BENCH_SECONDS || 15)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const ADMIN = { email: "admin@touchpoints.local", password: "supersecret" }
const log = (message) => console.log(`[bench] ${message}`)

const server = await startBenchServer({ port: 9406, log })
process.on("SIGINT", () => server.stop().then(() => process.exit(130)))

try {
  const db = new pg.Client({ connectionString: server.databaseUrl })
  await db.connect()
  log(
    `visitor profiles: ${(await writeProfiles(db)) ? "written" : "kept from an earlier run"} (${PROFILES.toLocaleString("en-US")})`
  )
  await db.end()

  // the demo seed's admin
  const admin = await adminHeaders(server, ADMIN, { create: false })
  log(`segments and offers: ${(await writeSegments(server.url, admin)) ? "created" : "kept"} (${SEGMENTS})`)

  const headers = { "x-publishable-api-key": server.publishableKey }
  const { regions } = await (await fetch(`${server.url}/store/regions?limit=1&fields=id`, { headers })).json()
  const { products } = await (await fetch(`${server.url}/store/products?limit=1&fields=id`, { headers })).json()
  const productUrl = `${server.url}/store/products/${products[0].id}?region_id=${regions[0].id}`
  // a stride that is coprime with the population walks every profile before repeating one
  // the profiles were written straight into the tables: their ids are signed here as the store would issue them
  const keys = { secret: server.signingSecret }
  const offersUrl = (i) =>
    `${server.url}/store/offers?placement=home&visitor_id=${signVisitorId(keys, visitorId(1 + ((i * 7919) % PROFILES)))}`

  const sample = await (await fetch(offersUrl(1), { headers })).json()
  log(
    `sample answer: ${JSON.stringify(sample.offer && { id: sample.offer.id, reason: sample.offer.reason, worth: sample.offer.worth })}`
  )

  const phase = (url, duration = seconds) => measure({ url, headers, connections, durationSeconds: duration })
  log("warming up")
  await phase(productUrl, 3)
  await phase(offersUrl, 3)
  log(`GET /store/products/:id, ${connections} connections, ${seconds} s`)
  const productA = await phase(productUrl)
  log(`GET /store/offers (a different visitor each request), ${connections} connections, ${seconds} s`)
  const offers = await phase(offersUrl)
  log("GET /store/products/:id again (the baseline is the mean of both runs)")
  const productB = await phase(productUrl)
  const baseline = {
    p50: (productA.p50 + productB.p50) / 2,
    p95: (productA.p95 + productB.p95) / 2,
    rps: (productA.rps + productB.rps) / 2,
  }
  const ratio = offers.p95 / baseline.p95
  const rss = server.rssMb()
  console.log(`
  ${SEGMENTS} segments with an offer each, ${PROFILES.toLocaleString("en-US")} profiles, ${connections} connections:
    GET /store/products/:id   ${baseline.rps.toFixed(0)} req/s  p50 ${baseline.p50.toFixed(1)} ms  p95 ${baseline.p95.toFixed(1)} ms
    GET /store/offers         ${offers.rps.toFixed(0)} req/s  p50 ${offers.p50.toFixed(1)} ms  p95 ${offers.p95.toFixed(1)} ms  p99 ${offers.p99.toFixed(1)} ms  non-2xx ${offers.non2xx}
    p95 ratio offers / product ${ratio.toFixed(2)}   target <= 1.0: ${ratio <= 1 ? "PASS" : "MISS"}
    server RSS after the run   ${rss ?? "n/a"} MB
`)
  const dir = join(root, "bench", "results")
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, `offers-${Date.now()}.json`),
    JSON.stringify(
      { at: new Date().toISOString(), connections, seconds, product: baseline, offers, p95_ratio: ratio, rss_mb: rss },
      null,
      2
    )
  )
} finally {
  await server.stop()
}
