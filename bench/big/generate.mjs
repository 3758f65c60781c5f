#!/usr/bin/env node
// The big-shop bench store (issue 25): adds a big shop's data to a migrated, demo-seeded store database in SQL,
// deterministically (the same rows on every run at a scale). At scale 1: 50,000 products in a 3-level tree with
// 200 brands, 120,000 variants priced in EUR and USD with stock, 200,000 customers, 1,000,000 orders over 24
// months, 300,000 visitor profiles with 5,000,000 events, 50,000 saved items and 20,000 open carts.
// Usage: node bench/big/generate.mjs <database url> [scale]: its last line is `BIG_SHOP <json>` (the counts, the
// sizes of the scale, the seconds). bench/big/run.mjs imports generateBigShop instead.
import { pathToFileURL } from "node:url"
import pg from "pg"
import { writeCatalog } from "./generator/catalog.mjs"
import { installCatalogShape } from "./generator/catalog-shape.mjs"
import { writeOrders } from "./generator/orders.mjs"
import { writeSavedAndCarts } from "./generator/saved-and-carts.mjs"
import { writeShoppers } from "./generator/shoppers.mjs"
import { bigShopSizes } from "./generator/sizes.mjs"
import { installSqlKit } from "./generator/sql-kit.mjs"

const MARKER = "bench_big_shop"

/**
 * Generates the big shop at `scale` into the store database at `databaseUrl` (migrated and demo-seeded), unless
 * that scale is there already (another scale, or an unfinished run, is an error: start from a freshly seeded
 * database). Answers the counts written (or found) and the seconds it took.
 */
export async function generateBigShop({ databaseUrl, scale = 1, log = console.log }) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${MARKER} (scale double precision, counts jsonb, finished_at timestamptz)`
    )
    const { rows } = await client.query(`SELECT scale, counts, finished_at FROM ${MARKER}`)
    if (rows[0]?.finished_at && rows[0].scale === scale) {
      log(`big shop at scale ${scale} is there already`)
      return { counts: rows[0].counts, seconds: 0 }
    }
    if (rows.length) {
      throw new Error(
        `${databaseUrl} holds an unfinished or other-scale big shop (${rows[0].scale}): generate into a freshly seeded database`
      )
    }
    await client.query(`INSERT INTO ${MARKER} (scale) VALUES ($1)`, [scale])
    const sizes = bigShopSizes(scale)
    await installSqlKit(client)
    await installCatalogShape(client, sizes)
    const started = performance.now()
    const counts = {}
    for (const [name, write] of [
      ["catalogue", writeCatalog],
      ["shoppers", writeShoppers],
      ["orders", writeOrders],
      ["saved items and carts", writeSavedAndCarts],
    ]) {
      const at = performance.now()
      Object.assign(counts, await write(client, sizes))
      log(`${name}: ${((performance.now() - at) / 1000).toFixed(1)} s`)
    }
    await client.query("DROP TABLE IF EXISTS tp_big_line")
    await client.query("ANALYZE")
    const seconds = Math.round((performance.now() - started) / 100) / 10
    await client.query(`UPDATE ${MARKER} SET counts = $1, finished_at = now()`, [counts])
    log(`big shop at scale ${scale}: ${JSON.stringify(counts)} in ${seconds} s`)
    return { counts, seconds }
  } finally {
    await client.end()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [databaseUrl, scale] = process.argv.slice(2)
  if (!databaseUrl) {
    console.error("usage: node bench/big/generate.mjs <database url> [scale]")
    process.exit(2)
  }
  const result = await generateBigShop({ databaseUrl, scale: Number(scale ?? 1) })
  console.log(`BIG_SHOP ${JSON.stringify({ ...result, sizes: bigShopSizes(Number(scale ?? 1)) })}`)
}
