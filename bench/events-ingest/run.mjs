#!/usr/bin/env node
// Benchmark: visitor events accepted per second by POST /store/touchpoints/events (batches of 10),
// next to Medusa's own GET /store/regions on the same server, same concurrency, same run.
// Usage: npm run bench   (env: BENCH_SECONDS=15 BENCH_CONNECTIONS=10 BENCH_URL/BENCH_KEY to use a running store)
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { load } from "../lib/load.mjs"
import { root, startBenchServer } from "../lib/server.mjs"

const seconds = Number(process.env.BENCH_SECONDS || 15)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const BATCH = 10
const VISITORS = 500
const log = (message) => console.log(`[bench] ${message}`)

const server = process.env.BENCH_URL
  ? { url: process.env.BENCH_URL, publishableKey: process.env.BENCH_KEY, rssMb: () => null, stop: async () => {} }
  : await startBenchServer({ log })
process.on("SIGINT", () => server.stop().then(() => process.exit(130)))

try {
  const key = { "x-publishable-api-key": server.publishableKey, "content-type": "application/json" }
  // visitor ids as the store issues them (signed): one POST each
  const visitors = []
  for (let i = 0; i < VISITORS; i += 1) {
    const issued = await fetch(`${server.url}/store/touchpoints/visitor`, { method: "POST", headers: key, body: "{}" })
    if (!issued.ok) throw new Error(`visitor id: ${issued.status} ${await issued.text()}`)
    visitors.push((await issued.json()).visitor_id)
  }
  log(`giving analytics consent for ${VISITORS} visitors (so every event is stored and counted)`)
  for (const visitor of visitors) {
    const response = await fetch(`${server.url}/store/touchpoints/consent`, {
      method: "POST",
      headers: { ...key, "x-touchpoints-visitor": visitor },
      body: JSON.stringify({ analytics: true }),
    })
    if (!response.ok) {
      throw new Error(`consent failed: ${response.status} ${await response.text()}`)
    }
  }
  let next = 0
  const batchOf = (size) =>
    JSON.stringify({
      events: Array.from({ length: size }, (_, i) =>
        i % 2 ? { type: "product_view", product_id: `prod_bench_${i}` } : { type: "page_view", url: `/p/${i}` }
      ),
    })
  const batchBody = batchOf(BATCH)
  const eventsPhase = (body = batchBody) =>
    load({
      url: `${server.url}/store/touchpoints/events`,
      method: "POST",
      connections,
      durationSeconds: seconds,
      headers: key,
      body,
      setupRequest: (request) => {
        next = (next + 1) % VISITORS
        return { ...request, headers: { ...request.headers, "x-touchpoints-visitor": visitors[next] } }
      },
    })
  const regionsPhase = () =>
    load({ url: `${server.url}/store/regions`, connections, durationSeconds: seconds, headers: key })

  log("warming up")
  await load({ url: `${server.url}/store/regions`, connections, durationSeconds: 3, headers: key })
  await load({
    url: `${server.url}/store/touchpoints/events`,
    method: "POST",
    connections,
    durationSeconds: 3,
    headers: { ...key, "x-touchpoints-visitor": visitors[0] },
    body: batchBody,
  })
  const rssBefore = server.rssMb()
  log(`GET /store/regions, ${connections} connections, ${seconds} s`)
  const regionsA = await regionsPhase()
  log(`POST /store/touchpoints/events (batches of ${BATCH}), ${connections} connections, ${seconds} s`)
  const events = await eventsPhase()
  log(`GET /store/regions again (the machine drifts; the baseline is the mean of both runs)`)
  const regionsB = await regionsPhase()
  log(`for scale: POST /store/touchpoints/events with full batches of 50, ${seconds} s`)
  const events50 = await eventsPhase(batchOf(50))
  const rssAfter = server.rssMb()

  const regionsRps = (regionsA.rps + regionsB.rps) / 2
  const result = {
    at: new Date().toISOString(),
    connections,
    seconds,
    regions: { rps: regionsRps, runs: [regionsA, regionsB] },
    events: { ...events, events_per_second: events.rps * BATCH },
    events_batch_50: { ...events50, events_per_second: events50.rps * 50 },
    ratio_batch_vs_regions: events.rps / regionsRps,
    server_rss_mb: { before: rssBefore, after: rssAfter },
  }
  console.log(`
  GET  /store/regions                  ${regionsRps.toFixed(0)} req/s   p50 ${regionsA.p50} ms  p97.5 ${regionsA.p97_5} ms
  POST /store/touchpoints/events (x${BATCH})  ${events.rps.toFixed(0)} req/s   p50 ${events.p50} ms  p97.5 ${events.p97_5} ms  non-2xx ${events.non2xx}
  events accepted per second         ${(events.rps * BATCH).toFixed(0)}   (target >= 5000)
  ratio batch / regions              ${result.ratio_batch_vs_regions.toFixed(2)}   (target >= 1.0)
  with batches of 50                 ${events50.rps.toFixed(0)} req/s = ${(events50.rps * 50).toFixed(0)} events/s   p50 ${events50.p50} ms
  server RSS                         ${rssBefore ?? "?"} MB -> ${rssAfter ?? "?"} MB
`)
  const dir = join(root, "bench", "results")
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `events-ingest-${Date.now()}.json`), JSON.stringify(result, null, 2))
  if (events.non2xx || events.errors || events50.non2xx || events50.errors) {
    log(`WARNING: non-2xx answers or errors during an events phase: ${JSON.stringify({ events, events50 })}`)
  }
} finally {
  await server.stop()
}
