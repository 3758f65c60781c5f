import { execFile } from "node:child_process"
import { join } from "node:path"
import { promisify } from "node:util"
import { createDatabase, dropDatabase, withDatabase } from "../../src/launcher/postgres-admin.cjs"

// The big-shop bench's generator (bench/big/generate.mjs) at a small scale, so its code path is tested on every
// run (the bench itself, at scale 1, is too long for CI): two copies of the seeded end-to-end store
// (TP_BIG_TEMPLATE_DB, which the test launcher passes once that store has stopped) get the same shop, and the
// shop has the structure the bench relies on.

const SCALE = 0.004
const server = {
  host: process.env.DB_HOST ?? "localhost",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD ?? "",
}
const template = process.env.TP_BIG_TEMPLATE_DB
const urlOf = (database: string) =>
  `postgres://${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}@${server.host}:${server.port}/${database}`

type Generated = { counts: Record<string, number>; sizes: Record<string, number>; seconds: number }

/** Runs the generator's command line (as a shop's developer would) and answers its `BIG_SHOP` line. */
async function generate(database: string): Promise<Generated> {
  const script = join(__dirname, "../../bench/big/generate.mjs")
  const { stdout } = await promisify(execFile)("node", [script, urlOf(database), String(SCALE)])
  const line = stdout.split("\n").find((entry) => entry.startsWith("BIG_SHOP "))
  if (!line) throw new Error(`the generator printed no BIG_SHOP line:\n${stdout}`)
  return JSON.parse(line.slice("BIG_SHOP ".length))
}

const one = async <T>(database: string, sql: string): Promise<T> =>
  withDatabase(database, async (client) => (await client.query(sql)).rows[0] as T, server)

/** A digest of what the shop holds: products with prices and stock, and every order line's product and price. */
const fingerprint = (database: string) =>
  one<{ digest: string }>(
    database,
    `SELECT md5(
       (SELECT string_agg(p.id || p.title || p.status || pr.amount || pr.currency_code || l.stocked_quantity, ',' ORDER BY pr.id)
          FROM product p JOIN product_variant v ON v.product_id = p.id
          JOIN product_variant_price_set vps ON vps.variant_id = v.id JOIN price pr ON pr.price_set_id = vps.price_set_id
          JOIN product_variant_inventory_item vii ON vii.variant_id = v.id
          JOIN inventory_level l ON l.inventory_item_id = vii.inventory_item_id
         WHERE p.id LIKE 'prod\\_big\\_%')
       || (SELECT string_agg(oi.order_id || li.product_id || li.unit_price || oi.quantity, ',' ORDER BY oi.id)
          FROM order_item oi JOIN order_line_item li ON li.id = oi.item_id WHERE oi.id LIKE 'orditem\\_big\\_%')
     ) AS digest`
  )

const describeWithTemplate = template ? describe : describe.skip

describeWithTemplate("the big-shop generator at a small scale", () => {
  const databases = [`tp_big_a_${Date.now()}`, `tp_big_b_${Date.now()}`]
  const [first, second] = databases
  let generated: Generated
  let sizes: Record<string, number>

  beforeAll(async () => {
    for (const database of databases) await createDatabase(database, { template, server })
    generated = await generate(first)
    sizes = generated.sizes
    await generate(second)
  }, 10 * 60_000)

  afterAll(async () => {
    for (const database of databases) await dropDatabase(database, { server }).catch(() => {})
  })

  it("should write the sizes of the scale", () => {
    expect(generated.counts).toMatchObject({
      products: sizes.products,
      variants: sizes.variants,
      brands: sizes.brands,
      customers: sizes.customers,
      orders: sizes.orders,
      profiles: sizes.profiles,
      events: sizes.events,
      savedItems: sizes.savedItems,
      openCarts: sizes.openCarts,
    })
    expect(generated.counts.orderLines).toBeGreaterThan(sizes.orders * 2.3)
    expect(generated.counts.orderLines).toBeLessThan(sizes.orders * 2.7)
  })

  it("should generate the same shop on every run", async () => {
    const [a, b] = await Promise.all(databases.map(fingerprint))
    expect(a.digest).toBe(b.digest)
  })

  it("should say so, and write nothing, when the scale is there already", async () => {
    const again = await generate(first)
    expect(again.seconds).toBe(0)
    expect(
      await one<{ n: number }>(first, "SELECT count(*)::int AS n FROM product WHERE id LIKE 'prod\\_big\\_%'")
    ).toEqual({
      n: sizes.products,
    })
  })

  it("should give every variant a price in both currencies and a stock level, and every product a channel, a leaf category and a brand", async () => {
    const gaps = await one<Record<string, number>>(
      first,
      `SELECT
         (SELECT count(*)::int FROM product_variant v WHERE v.id LIKE 'variant\\_big\\_%' AND (
            SELECT count(DISTINCT pr.currency_code) FROM product_variant_price_set vps JOIN price pr ON pr.price_set_id = vps.price_set_id
             WHERE vps.variant_id = v.id) <> 2) AS without_two_prices,
         (SELECT count(*)::int FROM product_variant v WHERE v.id LIKE 'variant\\_big\\_%' AND NOT EXISTS (
            SELECT 1 FROM product_variant_inventory_item vii JOIN inventory_level l ON l.inventory_item_id = vii.inventory_item_id
             WHERE vii.variant_id = v.id)) AS without_stock,
         (SELECT count(*)::int FROM product p WHERE p.id LIKE 'prod\\_big\\_%' AND NOT EXISTS (
            SELECT 1 FROM product_sales_channel s WHERE s.product_id = p.id)) AS without_channel,
         (SELECT count(*)::int FROM product p WHERE p.id LIKE 'prod\\_big\\_%' AND NOT EXISTS (
            SELECT 1 FROM product_category_product cp JOIN product_category c ON c.id = cp.product_category_id
             WHERE cp.product_id = p.id AND array_length(string_to_array(c.mpath, '.'), 1) = 3)) AS without_leaf,
         (SELECT count(*)::int FROM product p WHERE p.id LIKE 'prod\\_big\\_%' AND NOT EXISTS (
            SELECT 1 FROM product_product_brand_brand b WHERE b.product_id = p.id)) AS without_brand`
    )
    expect(gaps).toEqual({
      without_two_prices: 0,
      without_stock: 0,
      without_channel: 0,
      without_leaf: 0,
      without_brand: 0,
    })
  })

  it("should spread the orders over 24 months with display ids in date order", async () => {
    const spread = await one<{ months: number; inversions: number; canceled: number; total: number }>(
      first,
      `SELECT round(extract(epoch FROM max(created_at) - min(created_at)) / 86400 / 30)::int AS months,
              count(*) FILTER (WHERE status = 'canceled')::int AS canceled, count(*)::int AS total,
              (SELECT count(*)::int FROM (SELECT created_at < lag(created_at) OVER (ORDER BY display_id) AS back
                 FROM "order" WHERE id LIKE 'order\\_big\\_%') o WHERE back) AS inversions
         FROM "order" WHERE id LIKE 'order\\_big\\_%'`
    )
    expect(spread.months).toBe(24)
    expect(spread.inversions).toBe(0)
    expect(spread.canceled / spread.total).toBeGreaterThan(0.005)
    expect(spread.canceled / spread.total).toBeLessThan(0.05)
  })

  it("should make the most bought pair of the most bought product two neighbours of one leaf category", async () => {
    const pair = await one<{ same_leaf: boolean; together: number }>(
      first,
      `WITH lines AS (SELECT oi.order_id, li.product_id FROM order_item oi JOIN order_line_item li ON li.id = oi.item_id
                       WHERE oi.id LIKE 'orditem\\_big\\_%'),
            top AS (SELECT product_id FROM lines GROUP BY product_id ORDER BY count(*) DESC, product_id LIMIT 1),
            mate AS (SELECT b.product_id, count(*) AS together FROM lines a JOIN lines b ON b.order_id = a.order_id
                      AND b.product_id <> a.product_id WHERE a.product_id = (SELECT product_id FROM top)
                      GROUP BY b.product_id ORDER BY count(*) DESC, b.product_id LIMIT 1)
       SELECT (SELECT product_category_id FROM product_category_product WHERE product_id = (SELECT product_id FROM top))
            = (SELECT product_category_id FROM product_category_product WHERE product_id = mate.product_id) AS same_leaf,
              together::int FROM mate`
    )
    expect(pair.same_leaf).toBe(true)
    expect(pair.together).toBeGreaterThan(2)
  })
})
