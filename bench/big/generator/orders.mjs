// 1,000,000 orders over 24 months (display ids follow the dates) with 1-4 lines each. A basket is an anchor
// product drawn by popularity and its neighbours in the anchor's leaf category: the co-purchase structure the
// also-bought statistics should find. About 2 % canceled; orders of the last 14 days pending, older completed;
// the last 45 days' orders have a fulfillment (shipped a day later, delivered after three).
import { cloneRows, rawNumber } from "./sql-kit.mjs"

const first = (table, where = "TRUE") => `SELECT * FROM "${table}" WHERE ${where} ORDER BY id LIMIT 1`

async function installOrderShape(client, { orders: N, customers: C, months }) {
  const fn = (name, args, body, returns) =>
    `CREATE OR REPLACE FUNCTION pg_temp.${name}(${args}) RETURNS ${returns} LANGUAGE sql STABLE AS $$ ${body} $$;`
  await client.query(
    [
      fn("tp_order_customer", "n bigint", `SELECT 1 + floor(${C} * pg_temp.tp_rnd(n, 31) ^ 1.6)::bigint`, "bigint"),
      fn("tp_customer_in_eu", "c bigint", "SELECT pg_temp.tp_rnd(c, 32) < 0.7", "boolean"),
      fn(
        "tp_order_time",
        "n bigint",
        `SELECT date_trunc('hour', now()) - interval '1 day' * ${months * 30} * (1 - (n - 0.5) / ${N})`,
        "timestamptz"
      ),
      fn(
        "tp_order_status",
        "n bigint",
        `SELECT CASE WHEN pg_temp.tp_rnd(n, 33) < 0.02 THEN 'canceled'
                     WHEN pg_temp.tp_order_time(n) > now() - interval '14 days' THEN 'pending'
                     ELSE 'completed' END`,
        "text"
      ),
    ].join("\n")
  )
}

/** Writes orders, summaries, lines and recent fulfillments; answers the counts. */
export async function writeOrders(client, sizes) {
  await installOrderShape(client, sizes)
  const N = sizes.orders
  const { rows } = await client.query('SELECT COALESCE(max(display_id), 0) AS last FROM "order"')
  const lastDisplayId = Number(rows[0].last)
  const customer = "pg_temp.tp_order_customer(g)"
  const inEu = `pg_temp.tp_customer_in_eu(${customer})`
  const region = (currency) =>
    `(SELECT id FROM region WHERE currency_code = '${currency}' AND deleted_at IS NULL ORDER BY id LIMIT 1)`
  const orders = await cloneRows(client, {
    table: "order",
    template: first("order", "status = 'completed' AND deleted_at IS NULL"),
    source: `generate_series(1, ${N}) g`,
    set: {
      id: "pg_temp.tp_big_id('order', g)",
      region_id: `CASE WHEN ${inEu} THEN ${region("eur")} ELSE ${region("usd")} END`,
      display_id: `${lastDisplayId} + g`,
      customer_id: `pg_temp.tp_big_id('cus', ${customer})`,
      version: "1",
      status: "pg_temp.tp_order_status(g)::order_status_enum",
      is_draft_order: "false",
      email: `'big-shopper-' || ${customer} || '@example.test'`,
      currency_code: `CASE WHEN ${inEu} THEN 'eur' ELSE 'usd' END`,
      metadata: "NULL",
      created_at: "pg_temp.tp_order_time(g)",
      updated_at: "pg_temp.tp_order_time(g)",
      deleted_at: "NULL",
      canceled_at:
        "CASE WHEN pg_temp.tp_order_status(g) = 'canceled' THEN pg_temp.tp_order_time(g) + interval '1 hour' END",
      custom_display_id: "NULL",
      locale: "NULL",
    },
  })
  await client.query(`SELECT setval('order_display_id_seq', ${lastDisplayId + N})`)
  await cloneRows(client, {
    table: "order_summary",
    template: first("order_summary", "deleted_at IS NULL"),
    source: `generate_series(1, ${N}) g`,
    set: {
      id: "pg_temp.tp_big_id('ordsum', g)",
      order_id: "pg_temp.tp_big_id('order', g)",
      version: "1",
      created_at: "pg_temp.tp_order_time(g)",
      updated_at: "pg_temp.tp_order_time(g)",
      deleted_at: "NULL",
    },
  })
  const lines = await writeLines(client, N)
  const fulfillments = await writeFulfillments(client, N, sizes.months)
  return { orders, orderLines: lines, fulfillments }
}

/** The lines: a temporary table of (order n, line k, product, quantity), then line items and order items. */
async function writeLines(client, N) {
  await client.query(`
    DROP TABLE IF EXISTS tp_big_line;
    CREATE TEMP TABLE tp_big_line AS
    SELECT n, k, product, CASE WHEN pg_temp.tp_rnd(n * 10 + k, 44) < 0.15 THEN 2 ELSE 1 END AS quantity,
           pg_temp.tp_customer_in_eu(pg_temp.tp_order_customer(n)) AS eu, pg_temp.tp_order_status(n) AS status,
           pg_temp.tp_order_time(n) AS placed_at
    FROM (
      SELECT n, k, CASE WHEN k = 1 THEN anchor
                        ELSE pg_temp.tp_neighbour(anchor, 1 + (k - 2) * 3 + floor(3 * pg_temp.tp_rnd(n, 40 + k))::bigint) END AS product
      FROM (SELECT n, pg_temp.tp_pick(n, 42) AS anchor FROM generate_series(1, ${N}) n) anchors
      CROSS JOIN generate_series(1, 4) k
      WHERE k <= 1 + floor(4 * pg_temp.tp_rnd(n, 41))
    ) basket`)
  const price =
    "CASE WHEN g.eu THEN pg_temp.tp_price_of(g.product) ELSE round(pg_temp.tp_price_of(g.product) * 1.08, 2) END"
  const lineId = "'ordli_big_' || (g.n * 10 + g.k)"
  const written = await cloneRows(client, {
    table: "order_line_item",
    template: first("order_line_item", "deleted_at IS NULL"),
    source: "tp_big_line g",
    set: {
      id: lineId,
      totals_id: "NULL",
      title: "'Size 1'",
      subtitle: "NULL",
      thumbnail: "NULL",
      variant_id: "pg_temp.tp_big_id('variant', g.product)",
      product_id: "pg_temp.tp_big_id('prod', g.product)",
      product_title: "pg_temp.tp_title_of(g.product)",
      product_description: "NULL",
      product_subtitle: "NULL",
      product_handle: "'big-product-' || g.product",
      variant_sku: "'BIG-' || g.product",
      variant_barcode: "NULL",
      variant_title: "'Size 1'",
      variant_option_values: "NULL",
      compare_at_unit_price: "NULL",
      raw_compare_at_unit_price: "NULL",
      unit_price: price,
      raw_unit_price: rawNumber(price),
      metadata: "NULL",
      created_at: "g.placed_at",
      updated_at: "g.placed_at",
      deleted_at: "NULL",
    },
  })
  const done = "CASE WHEN g.status = 'completed' THEN g.quantity ELSE 0 END"
  const quantities = Object.fromEntries(
    ["fulfilled", "shipped", "delivered"].flatMap((what) => [
      [`${what}_quantity`, done],
      [`raw_${what}_quantity`, rawNumber(done)],
    ])
  )
  const none = Object.fromEntries(
    ["return_requested", "return_received", "return_dismissed", "written_off"].flatMap((what) => [
      [`${what}_quantity`, "0"],
      [`raw_${what}_quantity`, rawNumber("0")],
    ])
  )
  await cloneRows(client, {
    table: "order_item",
    template: first("order_item", "deleted_at IS NULL"),
    source: "tp_big_line g",
    set: {
      id: "'orditem_big_' || (g.n * 10 + g.k)",
      order_id: "pg_temp.tp_big_id('order', g.n)",
      version: "1",
      item_id: lineId,
      quantity: "g.quantity",
      raw_quantity: rawNumber("g.quantity"),
      ...quantities,
      ...none,
      unit_price: "NULL",
      raw_unit_price: "NULL",
      compare_at_unit_price: "NULL",
      raw_compare_at_unit_price: "NULL",
      metadata: "NULL",
      created_at: "g.placed_at",
      updated_at: "g.placed_at",
      deleted_at: "NULL",
    },
  })
  return written
}

/** A fulfillment for each order of the last 45 days that is not canceled: made 12 h, shipped 1 day, delivered 3 days after. */
async function writeFulfillments(client, N, months) {
  const recent = Math.ceil((N * 45) / (months * 30))
  const source = `(SELECT n AS g, pg_temp.tp_order_time(n) AS placed_at FROM generate_series(${N - recent + 1}, ${N}) n
                    WHERE pg_temp.tp_order_status(n) <> 'canceled') g`
  const at = (hours) =>
    `CASE WHEN g.placed_at + interval '${hours} hours' < now() THEN g.placed_at + interval '${hours} hours' END`
  const written = await cloneRows(client, {
    table: "fulfillment",
    template: first("fulfillment", "deleted_at IS NULL AND canceled_at IS NULL"),
    source,
    set: {
      id: "pg_temp.tp_big_id('ful', g.g)",
      packed_at: at(12),
      shipped_at: at(24),
      delivered_at: at(72),
      canceled_at: "NULL",
      data: "NULL",
      metadata: "NULL",
      created_at: "g.placed_at + interval '12 hours'",
      updated_at: "g.placed_at + interval '12 hours'",
      deleted_at: "NULL",
    },
  })
  await client.query(
    `INSERT INTO order_fulfillment (id, order_id, fulfillment_id, created_at, updated_at)
     SELECT pg_temp.tp_big_id('ordful', g.g), pg_temp.tp_big_id('order', g.g), pg_temp.tp_big_id('ful', g.g),
            g.placed_at + interval '12 hours', g.placed_at + interval '12 hours'
     FROM ${source}`
  )
  return written
}
