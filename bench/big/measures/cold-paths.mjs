// Cold paths: the first answer for each of N products nobody asked for yet (spread over the catalogue by a seeded
// random order in SQL), one connection, each touchpoint interleaved with Medusa's product route on the same
// product. Target: each touchpoint's p95 <= 1.0 of the product route's.
import pg from "pg"
import { ms, row, summarise, timedGet } from "./timing.mjs"

/** N + 1 published products the key's sales channel sells, in an order fixed by `seed` (the first warms up). */
async function sampleProducts(databaseUrl, publishableKey, count, seed) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const { rows } = await db.query(
      `SELECT p.id FROM product p
       WHERE p.status = 'published' AND p.deleted_at IS NULL AND EXISTS (
         SELECT 1 FROM product_sales_channel psc
         JOIN publishable_api_key_sales_channel pk ON pk.sales_channel_id = psc.sales_channel_id AND pk.deleted_at IS NULL
         JOIN api_key k ON k.id = pk.publishable_key_id
         WHERE psc.product_id = p.id AND psc.deleted_at IS NULL AND k.token = $1)
       ORDER BY md5(p.id || $2) LIMIT $3`,
      [publishableKey, String(seed), count + 1]
    )
    return rows.map((r) => r.id)
  } finally {
    await db.end()
  }
}

/** @param {{ baseUrl: string, publishableKey: string, databaseUrl: string, regionId: string, count: number, seed: number, log: (line: string) => void }} options */
export async function measureColdPaths({ baseUrl, publishableKey, databaseUrl, regionId, count, seed, log }) {
  const headers = { "x-publishable-api-key": publishableKey }
  const routes = {
    product: (id) => `/store/products/${id}?region_id=${regionId}`,
    "next-steps": (id) => `/store/products/${id}/next-steps?region_id=${regionId}`,
    "also-bought": (id) => `/store/products/${id}/also-bought?region_id=${regionId}`,
    bundle: (id) => `/store/products/${id}/bundle?region_id=${regionId}`,
  }
  // a product without a bundle answers 404: still a first answer, timed
  const okStatuses = { bundle: [200, 404] }
  const [warmUp, ...products] = await sampleProducts(databaseUrl, publishableKey, count, seed)
  log(`cold paths: first answers for ${products.length} products, one connection`)
  // the server's first requests pay for JIT and connection pools, not for the product: one product outside the sample
  for (const [name, path] of Object.entries(routes))
    await timedGet(`${baseUrl}${path(warmUp)}`, headers, okStatuses[name])
  const samples = Object.fromEntries(Object.keys(routes).map((name) => [name, []]))
  for (const id of products) {
    for (const [name, path] of Object.entries(routes)) {
      samples[name].push(await timedGet(`${baseUrl}${path(id)}`, headers, okStatuses[name]))
    }
  }
  const figures = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, summarise(list)]))
  const base = figures.product.p95
  const rows = [
    row(
      `cold GET /store/products/:id (Medusa), ${products.length} products`,
      "baseline",
      `p95 ${ms(base)}`,
      null,
      null
    ),
    ...["next-steps", "also-bought", "bundle"].map((name) => {
      const ratio = figures[name].p95 / base
      return row(`cold GET .../${name}`, "p95 <= 1.0 x product", `p95 ${ms(figures[name].p95)}`, ratio, ratio <= 1)
    }),
  ]
  return { rows, figures, products: products.length }
}
