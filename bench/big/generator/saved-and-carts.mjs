// What shoppers keep: saved items in the first customers' default wishlists (a quarter watched for a price
// drop or restock at the price they saved), and open carts idle from minutes to a week, about half of them of
// shoppers who opted in to reminder emails.
import { cloneRows, rawNumber } from "./sql-kit.mjs"

/** Writes wishlists, saved items, open carts with 1-3 lines and the carts' email consents; answers the counts. */
export async function writeSavedAndCarts(client, sizes) {
  const lists = Math.max(1, Math.round(sizes.savedItems / 2.5))
  await client.query(
    `INSERT INTO tp_wishlist (id, customer_id, name, name_key, is_default, created_at, updated_at)
     SELECT pg_temp.tp_big_id('wl', g), pg_temp.tp_big_id('cus', g), 'Wishlist', 'wishlist', true, now(), now()
     FROM generate_series(1, ${lists}) g`
  )
  // item g is slot (g - 1) / lists of list ((g - 1) % lists) + 1: a list holds its anchor and the anchor's neighbours
  const product = `pg_temp.tp_neighbour(pg_temp.tp_pick(((g - 1) % ${lists}) + 1, 91), (g - 1) / ${lists})`
  const saved = `round(pg_temp.tp_price_of(${product}) * (CASE WHEN pg_temp.tp_rnd(g, 92) < 0.3 THEN 1.2 ELSE 1 END), 2)`
  const savedAt = "now() - interval '1 day' * 120 * pg_temp.tp_rnd(g, 93)"
  const items = await client.query(
    `INSERT INTO tp_wishlist_item (id, wishlist_id, variant_id, product_id, quantity, saved_price, product_title,
       variant_title, product_handle, variant_sku, source, saved_at, watch, created_at, updated_at)
     SELECT pg_temp.tp_big_id('wli', g), pg_temp.tp_big_id('wl', ((g - 1) % ${lists}) + 1),
       pg_temp.tp_big_id('variant', ${product}), pg_temp.tp_big_id('prod', ${product}), 1,
       jsonb_build_object('amount', ${saved}, 'currency_code', 'eur', 'region_id',
         (SELECT id FROM region WHERE currency_code = 'eur' AND deleted_at IS NULL ORDER BY id LIMIT 1)),
       pg_temp.tp_title_of(${product}), 'Size 1', 'big-product-' || ${product}, 'BIG-' || ${product}, 'manual',
       ${savedAt},
       CASE WHEN pg_temp.tp_rnd(g, 94) < 0.25 THEN jsonb_build_object('amount', ${saved}, 'currency_code', 'eur', 'in_stock', false) END,
       ${savedAt}, ${savedAt}
     FROM generate_series(1, ${sizes.savedItems}) g`
  )
  const carts = await writeCarts(client, sizes)
  return { wishlists: lists, savedItems: items.rowCount, ...carts }
}

async function writeCarts(client, { openCarts: N, customers: C }) {
  const template =
    "SELECT * FROM cart WHERE completed_at IS NULL AND deleted_at IS NULL AND currency_code = 'eur' ORDER BY id LIMIT 1"
  const shopper = `1 + floor(${C} * pg_temp.tp_rnd(g, 101))::bigint`
  const idle = "now() - interval '1 minute' * 10080 * pg_temp.tp_rnd(g, 102) ^ 2"
  const carts = await cloneRows(client, {
    table: "cart",
    template,
    source: `generate_series(1, ${N}) g`,
    set: {
      id: "pg_temp.tp_big_id('cart', g)",
      customer_id: `CASE WHEN pg_temp.tp_rnd(g, 103) < 0.6 THEN pg_temp.tp_big_id('cus', ${shopper}) END`,
      email: `'big-shopper-' || ${shopper} || '@example.test'`,
      metadata: "NULL",
      created_at: `${idle} - interval '20 minutes'`,
      updated_at: idle,
      deleted_at: "NULL",
      completed_at: "NULL",
    },
  })
  const price = "pg_temp.tp_price_of(g.product)"
  const lines = await cloneRows(client, {
    table: "cart_line_item",
    template: `SELECT l.* FROM cart_line_item l JOIN (${template}) c ON c.id = l.cart_id ORDER BY l.id LIMIT 1`,
    source: `(SELECT n AS cart, k, CASE WHEN k = 1 THEN pg_temp.tp_pick(n, 104)
                                       ELSE pg_temp.tp_neighbour(pg_temp.tp_pick(n, 104), k) END AS product
              FROM generate_series(1, ${N}) n CROSS JOIN generate_series(1, 3) k
              WHERE k <= 1 + floor(3 * pg_temp.tp_rnd(n, 105))) g`,
    set: {
      id: "'cali_big_' || (g.cart * 10 + g.k)",
      cart_id: "pg_temp.tp_big_id('cart', g.cart)",
      title: "'Size 1'",
      subtitle: "NULL",
      thumbnail: "NULL",
      quantity: "1",
      variant_id: "pg_temp.tp_big_id('variant', g.product)",
      product_id: "pg_temp.tp_big_id('prod', g.product)",
      product_title: "pg_temp.tp_title_of(g.product)",
      product_handle: "'big-product-' || g.product",
      variant_sku: "'BIG-' || g.product",
      variant_title: "'Size 1'",
      unit_price: price,
      raw_unit_price: rawNumber(price),
      compare_at_unit_price: "NULL",
      raw_compare_at_unit_price: "NULL",
      metadata: "NULL",
      deleted_at: "NULL",
    },
  })
  const consents = await client.query(
    // a customer's own opt-in in their account: verified, so it counts for every flow at once
    `INSERT INTO tp_email_consent_entry (id, address, flow, granted, source, proof, customer_id, recorded_at,
       created_at, updated_at)
     SELECT pg_temp.tp_big_id('tpec', g), 'big-shopper-' || ${shopper} || '@example.test', '*', true,
            'customer_account', 'customer:' || pg_temp.tp_big_id('cus', ${shopper}), pg_temp.tp_big_id('cus', ${shopper}),
            now() - interval '30 days', now(), now()
     FROM generate_series(1, ${N}) g WHERE pg_temp.tp_rnd(g, 106) < 0.5`
  )
  return { openCarts: carts, cartLines: lines, emailConsents: consents.rowCount }
}
