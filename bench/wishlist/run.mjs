#!/usr/bin/env node
// Benchmark: GET /store/wishlists holding 50 items (live price and stock for each) next to Medusa's own
// GET /store/products/:id, same server, same concurrency, same run. Target: p95 ratio <= 1.0.
// Usage: npm run bench:wishlist   (env: BENCH_SECONDS=15 BENCH_CONNECTIONS=10, BENCH_URL/BENCH_KEY for a running store)
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { measure } from "../lib/latency.mjs"
import { root, startBenchServer } from "../lib/server.mjs"
import { storeClient } from "../lib/store-client.mjs"

const seconds = Number(process.env.BENCH_SECONDS || 15)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const ITEMS = 50
const log = (message) => console.log(`[bench] ${message}`)

const server = process.env.BENCH_URL
  ? { url: process.env.BENCH_URL, publishableKey: process.env.BENCH_KEY, rssMb: () => null, stop: async () => {} }
  : await startBenchServer({ port: 9401, log })
process.on("SIGINT", () => server.stop().then(() => process.exit(130)))

const call = storeClient(server.url, server.publishableKey)

try {
  const { regions } = await call("/store/regions?limit=1&fields=id,currency_code")
  const region = regions[0]
  const { products } = await call(`/store/products?limit=100&fields=id,metadata,variants.id&region_id=${region.id}`)
  const variants = products
    .filter((product) => product.metadata?.discontinued !== true) // the wishlist refuses to save those
    .flatMap((product) => product.variants.map((variant) => variant.id))
    .slice(0, ITEMS)
  if (variants.length < ITEMS) throw new Error(`the seed has only ${variants.length} variants`)

  log(`saving ${ITEMS} variants into a guest's default list`)
  let token
  for (const variantId of variants) {
    const saved = await call("/store/wishlists/default/items", {
      method: "POST",
      headers: token ? { "x-wishlist-token": token } : {},
      body: { variant_id: variantId, region_id: region.id },
    })
    token ??= saved.guest_token
  }
  const listed = await call(`/store/wishlists?region_id=${region.id}`, { headers: { "x-wishlist-token": token } })
  if (listed.wishlists[0].items.length !== ITEMS) throw new Error("the list does not hold every item")

  const keyHeader = { "x-publishable-api-key": server.publishableKey }
  const productUrl = `${server.url}/store/products/${products[0].id}?region_id=${region.id}`
  const wishlistUrl = `${server.url}/store/wishlists?region_id=${region.id}`
  const wishlistHeaders = { ...keyHeader, "x-wishlist-token": token }
  const productPhase = () => measure({ url: productUrl, headers: keyHeader, connections, durationSeconds: seconds })
  const wishlistPhase = () =>
    measure({ url: wishlistUrl, headers: wishlistHeaders, connections, durationSeconds: seconds })

  log("warming up")
  await measure({ url: productUrl, headers: keyHeader, connections, durationSeconds: 3 })
  await measure({ url: wishlistUrl, headers: wishlistHeaders, connections, durationSeconds: 3 })
  const rssBefore = server.rssMb()
  log(`GET /store/products/:id, ${connections} connections, ${seconds} s`)
  const productA = await productPhase()
  log(`GET /store/wishlists (${ITEMS} items), ${connections} connections, ${seconds} s`)
  const wishlist = await wishlistPhase()
  log("GET /store/products/:id again (the machine drifts; the baseline is the mean of both runs)")
  const productB = await productPhase()
  const rssAfter = server.rssMb()

  const baseline = {
    p50: (productA.p50 + productB.p50) / 2,
    p95: (productA.p95 + productB.p95) / 2,
    rps: (productA.rps + productB.rps) / 2,
  }
  const ratio = wishlist.p95 / baseline.p95
  const result = {
    at: new Date().toISOString(),
    connections,
    seconds,
    items: ITEMS,
    product: { ...baseline, runs: [productA, productB] },
    wishlist,
    p95_ratio_wishlist_vs_product: ratio,
    facts_cache_seconds: Number(process.env.TP_WISHLIST_FACTS_CACHE_SECONDS ?? 20),
    server_rss_mb: { before: rssBefore, after: rssAfter },
  }
  console.log(`
  GET /store/products/:id            ${baseline.rps.toFixed(0)} req/s   p50 ${baseline.p50.toFixed(1)} ms  p95 ${baseline.p95.toFixed(1)} ms
  GET /store/wishlists (${ITEMS} items)    ${wishlist.rps.toFixed(0)} req/s   p50 ${wishlist.p50} ms  p95 ${wishlist.p95} ms  non-2xx ${wishlist.non2xx}
  p95 ratio wishlist / product       ${ratio.toFixed(2)}   (target <= 1.0; variant facts cache ${process.env.TP_WISHLIST_FACTS_CACHE_SECONDS ?? 20} s)
  server RSS                         ${rssBefore ?? "?"} MB -> ${rssAfter ?? "?"} MB
`)
  const dir = join(root, "bench", "results")
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `wishlist-${Date.now()}.json`), JSON.stringify(result, null, 2))
  if (wishlist.non2xx || wishlist.errors) log(`WARNING: non-2xx answers or errors: ${JSON.stringify(wishlist)}`)
} finally {
  await server.stop()
}
