#!/usr/bin/env node
// Benchmark: what the Next.js route handler (`createTouchpointsProxy`, mounted by the example storefront under
// `next start`) adds to a widget's call. Same server, same concurrency, same run:
//   - a customer's GET /store/wishlists: straight to Medusa with the Bearer token, then through the handler with
//     the httpOnly cookie (the call the handler exists for);
//   - a guest's GET /store/products/:id/also-bought: straight, then through the handler;
//   - Medusa's own GET /store/products/:id as the yardstick the other benchmarks use.
// Each straight phase runs before and after its proxied one (the machine drifts; the mean is the baseline).
// Usage: npm run bench:next-proxy   (env: BENCH_SECONDS=15 BENCH_CONNECTIONS=10; builds the example, ~1 min;
// BENCH_NEXT_MAX_OLD_SPACE_MB caps `next start`'s heap: V8 grows an uncapped heap lazily, so RSS alone cannot
// tell retained memory from garbage not yet collected, while a capped server that keeps answering retains nothing)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import { measure } from "../lib/latency.mjs"
import { processTreeRssMb, root, startBenchServer } from "../lib/server.mjs"
import { storeClient } from "../lib/store-client.mjs"

const seconds = Number(process.env.BENCH_SECONDS || 15)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const log = (message) => console.log(`[bench] ${message}`)
// its own port, so a browser test run of the example on 8740 is not in the way
process.env.TP_NEXT_PORT ??= "8741"
const require = createRequire(import.meta.url)
const setup = join(root, "storefront-widgets/examples/nextjs/test/setup")
const { buildWidgets, installExample, buildExample, startExample } = require(join(setup, "steps.cjs"))
const { PORT, SERVER_PID } = require(join(setup, "paths.cjs"))
const stopExample = require(join(setup, "global-teardown.cjs"))

const server = await startBenchServer({ port: 9402, log })
const stopAll = async () => {
  await stopExample()
  await server.stop()
}
process.on("SIGINT", () => stopAll().then(() => process.exit(130)))

const call = storeClient(server.url, server.publishableKey)

/** A new customer with five saved variants; answers their token. */
async function customerWithList(region, products) {
  const credentials = { email: `bench-proxy-${Date.now()}@example.test`, password: "bench-proxy-secret" }
  const { token: registration } = await call("/auth/customer/emailpass/register", { method: "POST", body: credentials })
  await call("/store/customers", {
    method: "POST",
    headers: { authorization: `Bearer ${registration}` },
    body: { email: credentials.email },
  })
  const { token } = await call("/auth/customer/emailpass", { method: "POST", body: credentials })
  const variants = products.flatMap((product) => product.variants.map((variant) => variant.id)).slice(0, 5)
  for (const variantId of variants) {
    await call("/store/wishlists/default/items", {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: { variant_id: variantId, region_id: region.id },
    })
  }
  return token
}

const round = (value) => Math.round(value * 100) / 100
const meanOf = (a, b) => ({ rps: (a.rps + b.rps) / 2, p50: (a.p50 + b.p50) / 2, p95: (a.p95 + b.p95) / 2 })

/** Straight, proxied, straight again: the proxied phase against the mean of the two straight ones. */
async function compare(label, straight, proxied) {
  const phase = (target) => measure({ ...target, connections, durationSeconds: seconds })
  log(`${label}: warming up`)
  await measure({ ...straight, connections, durationSeconds: 3 })
  await measure({ ...proxied, connections, durationSeconds: 3 })
  log(
    `${label}: straight to Medusa, through the handler, straight again (${connections} connections, ${seconds} s each)`
  )
  const before = await phase(straight)
  const through = await phase(proxied)
  const after = await phase(straight)
  const direct = meanOf(before, after)
  return {
    direct: { ...direct, runs: [before, after] },
    proxied: through,
    added_p50_ms: round(through.p50 - direct.p50),
    p95_ratio: round(through.p95 / direct.p95),
    rps_ratio: round(through.rps / direct.rps),
  }
}

try {
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    NEXT_PUBLIC_MEDUSA_BACKEND_URL: server.url,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: server.publishableKey,
    MEDUSA_BACKEND_URL: server.url,
  }
  log("building the widgets and the example storefront (next build)")
  buildWidgets()
  installExample()
  buildExample(env)
  const heapCap = process.env.BENCH_NEXT_MAX_OLD_SPACE_MB
  await startExample(heapCap ? { ...env, NODE_OPTIONS: `--max-old-space-size=${heapCap}` } : env)
  const nextPid = Number(readFileSync(SERVER_PID, "utf8"))
  const app = `http://localhost:${PORT}/api/touchpoints`

  const { regions } = await call("/store/regions?limit=1&fields=id")
  const region = regions[0]
  const { products } = await call(`/store/products?limit=5&fields=id,variants.id&region_id=${region.id}`)
  const token = await customerWithList(region, products)
  const keyHeader = { "x-publishable-api-key": server.publishableKey }
  const wishlistPath = `/store/wishlists?region_id=${region.id}`
  const alsoBoughtPath = `/store/products/${products[0].id}/also-bought?limit=4&region_id=${region.id}`
  const productUrl = `${server.url}/store/products/${products[0].id}?region_id=${region.id}`

  const check = await fetch(`${app}${wishlistPath}`, { headers: { cookie: `_medusa_jwt=${token}` } })
  const checked = await check.json()
  if (check.status !== 200 || checked.wishlists?.[0]?.items?.length !== 5) {
    throw new Error(`the handler did not answer the customer's list: ${check.status} ${JSON.stringify(checked)}`)
  }

  const nextRss = [processTreeRssMb(nextPid)]
  log(`Medusa's GET /store/products/:id (warm-up 3 s, then ${seconds} s)`)
  await measure({ url: productUrl, headers: keyHeader, connections, durationSeconds: 3 })
  const product = await measure({ url: productUrl, headers: keyHeader, connections, durationSeconds: seconds })
  const wishlist = await compare(
    "a customer's GET /store/wishlists",
    { url: `${server.url}${wishlistPath}`, headers: { ...keyHeader, authorization: `Bearer ${token}` } },
    { url: `${app}${wishlistPath}`, headers: { cookie: `_medusa_jwt=${token}` } }
  )
  nextRss.push(processTreeRssMb(nextPid))
  const alsoBought = await compare(
    "a guest's GET /store/products/:id/also-bought",
    { url: `${server.url}${alsoBoughtPath}`, headers: keyHeader },
    { url: `${app}${alsoBoughtPath}`, headers: {} }
  )
  nextRss.push(processTreeRssMb(nextPid))
  // a second round of the same calls: the handler's memory should level off, not keep growing
  await measure({
    url: `${app}${wishlistPath}`,
    headers: { cookie: `_medusa_jwt=${token}` },
    connections,
    durationSeconds: seconds,
  })
  await measure({ url: `${app}${alsoBoughtPath}`, connections, durationSeconds: seconds })
  nextRss.push(processTreeRssMb(nextPid))

  const result = {
    at: new Date().toISOString(),
    connections,
    seconds,
    medusa_product: product,
    wishlist,
    also_bought: alsoBought,
    proxied_wishlist_p95_vs_medusa_product: round(wishlist.proxied.p95 / product.p95),
    next_max_old_space_mb: heapCap ? Number(heapCap) : null,
    next_rss_mb: {
      started: nextRss[0],
      after_wishlist: nextRss[1],
      after_also_bought: nextRss[2],
      after_second_round: nextRss[3],
    },
    medusa_rss_mb: server.rssMb(),
  }
  const line = (label, numbers) =>
    `  ${label.padEnd(44)} ${numbers.rps.toFixed(0).padStart(5)} req/s   p50 ${numbers.p50.toFixed(1)} ms  p95 ${numbers.p95.toFixed(1)} ms`
  console.log(`
${line("Medusa GET /store/products/:id", product)}
${line("GET /store/wishlists, straight (Bearer)", wishlist.direct)}
${line("GET /store/wishlists, through the handler", wishlist.proxied)}   non-2xx ${wishlist.proxied.non2xx}
${line("GET .../also-bought, straight", alsoBought.direct)}
${line("GET .../also-bought, through the handler", alsoBought.proxied)}   non-2xx ${alsoBought.proxied.non2xx}
  the handler adds (p50)                       wishlist ${wishlist.added_p50_ms} ms, also-bought ${alsoBought.added_p50_ms} ms
  p95 ratio through / straight                 wishlist ${wishlist.p95_ratio}, also-bought ${alsoBought.p95_ratio}
  req/s ratio through / straight               wishlist ${wishlist.rps_ratio}, also-bought ${alsoBought.rps_ratio}
  p95 ratio proxied wishlist / Medusa product  ${result.proxied_wishlist_p95_vs_medusa_product}
  next start RSS (MB)                          ${nextRss.map((mb) => mb ?? "?").join(" -> ")}   (started, after each route, after a second round${heapCap ? `; heap capped at ${heapCap} MB` : ""})
`)
  const dir = join(root, "bench", "results")
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `next-proxy-${Date.now()}.json`), JSON.stringify(result, null, 2))
  for (const [name, phase] of [
    ["wishlist", wishlist.proxied],
    ["also-bought", alsoBought.proxied],
  ]) {
    if (phase.non2xx || phase.errors) log(`WARNING: ${name} through the handler: ${JSON.stringify(phase)}`)
  }
} finally {
  await stopAll()
}
