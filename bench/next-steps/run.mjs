#!/usr/bin/env node
// Benchmark: GET /store/products/:id/next-steps (three link groups) next to Medusa's GET /store/products/:id, same
// server, same run: cached (10 connections on one product; target p95 ratio <= 1.0) and cold (the first answer
// for each of 40 products, one connection, both routes).
// Usage: npm run bench:next-steps   (env: BENCH_SECONDS=15 BENCH_CONNECTIONS=10, BENCH_URL/BENCH_KEY for a running store)
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { measure } from "../lib/latency.mjs"
import { root, startBenchServer } from "../lib/server.mjs"

const seconds = Number(process.env.BENCH_SECONDS || 15)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const log = (message) => console.log(`[bench] ${message}`)
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const server = process.env.BENCH_URL
  ? { url: process.env.BENCH_URL, publishableKey: process.env.BENCH_KEY, rssMb: () => null, stop: async () => {} }
  : await startBenchServer({ port: 9403, log })
process.on("SIGINT", () => server.stop().then(() => process.exit(130)))

try {
  const headers = { "x-publishable-api-key": server.publishableKey }
  const timed = async (path) => {
    const started = performance.now()
    const response = await fetch(`${server.url}${path}`, { headers })
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`)
    await response.json()
    return performance.now() - started
  }
  const { regions } = await (await fetch(`${server.url}/store/regions?limit=1&fields=id`, { headers })).json()
  const region = regions[0]
  const { products } = await (await fetch(`${server.url}/store/products?limit=41&fields=id`, { headers })).json()
  const [anchor, ...others] = products

  log(`cold: first answers for ${others.length} products, one connection`)
  const coldProduct = []
  const coldNextSteps = []
  for (const product of others) {
    coldProduct.push(await timed(`/store/products/${product.id}?region_id=${region.id}`))
    coldNextSteps.push(await timed(`/store/products/${product.id}/next-steps?region_id=${region.id}`))
  }
  coldProduct.sort((a, b) => a - b)
  coldNextSteps.sort((a, b) => a - b)

  const productUrl = `${server.url}/store/products/${anchor.id}?region_id=${region.id}`
  const nextStepsUrl = `${server.url}/store/products/${anchor.id}/next-steps?region_id=${region.id}`
  const phase = (url, duration = seconds) => measure({ url, headers, connections, durationSeconds: duration })
  log("warming up")
  await phase(productUrl, 3)
  await phase(nextStepsUrl, 3)
  log(`GET /store/products/:id, ${connections} connections, ${seconds} s`)
  const productA = await phase(productUrl)
  log(`GET /store/products/:id/next-steps, ${connections} connections, ${seconds} s`)
  const nextSteps = await phase(nextStepsUrl)
  log("GET /store/products/:id again (the baseline is the mean of both runs)")
  const productB = await phase(productUrl)
  const baseline = {
    p50: (productA.p50 + productB.p50) / 2,
    p95: (productA.p95 + productB.p95) / 2,
    rps: (productA.rps + productB.rps) / 2,
  }
  const cold = {
    product: { p50: percentile(coldProduct, 50), p95: percentile(coldProduct, 95) },
    next_steps: { p50: percentile(coldNextSteps, 50), p95: percentile(coldNextSteps, 95) },
  }
  const ratio = nextSteps.p95 / baseline.p95
  const coldRatio = cold.next_steps.p95 / cold.product.p95
  console.log(`
  cached, ${connections} connections:
    GET /store/products/:id             ${baseline.rps.toFixed(0)} req/s  p50 ${baseline.p50.toFixed(1)} ms  p95 ${baseline.p95.toFixed(1)} ms
    GET /store/products/:id/next-steps  ${nextSteps.rps.toFixed(0)} req/s  p50 ${nextSteps.p50.toFixed(1)} ms  p95 ${nextSteps.p95.toFixed(1)} ms  non-2xx ${nextSteps.non2xx}
    p95 ratio next-steps / product      ${ratio.toFixed(2)}   target <= 1.0: ${ratio <= 1 ? "PASS" : "MISS"}
  cold, first answer per product (${others.length} products, one connection):
    GET /store/products/:id             p50 ${cold.product.p50.toFixed(1)} ms  p95 ${cold.product.p95.toFixed(1)} ms
    GET /store/products/:id/next-steps  p50 ${cold.next_steps.p50.toFixed(1)} ms  p95 ${cold.next_steps.p95.toFixed(1)} ms
    p95 ratio next-steps / product      ${coldRatio.toFixed(2)}
`)
  const dir = join(root, "bench", "results")
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, `next-steps-${Date.now()}.json`),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        connections,
        seconds,
        product: baseline,
        next_steps: nextSteps,
        p95_ratio: ratio,
        cold,
        cold_p95_ratio: coldRatio,
      },
      null,
      2
    )
  )
} finally {
  await server.stop()
}
