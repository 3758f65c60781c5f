// The big shop's catalogue: a 3-level category tree, brands, products with variants, prices in EUR and USD,
// stock at the demo's warehouse, the sales channel and brand links. Rows are copies of a seeded demo row with
// the generated columns set (see sql-kit.mjs).
import { cloneRows, rawNumber } from "./sql-kit.mjs"

const first = (table, where = "TRUE") => `SELECT * FROM "${table}" WHERE ${where} ORDER BY id LIMIT 1`

/** Writes categories, brands, products, variants, prices, stock and links; answers the counts. */
export async function writeCatalog(client, sizes) {
  const { topCategories: T, subcategoriesPerTop: S, leavesPerSubcategory: L, products: P, variants: V } = sizes
  const category = (n) => `pg_temp.tp_big_id('pcat', ${n})`
  const tree = [
    // level 1: 1..T; level 2: T+1..T+T*S; level 3 (leaves): after them, leaf l (0-based) is T+T*S+l+1
    { source: `generate_series(1, ${T}) g`, id: "g", parent: null, name: "'Department ' || g" },
    { source: `generate_series(1, ${T * S}) g`, id: `${T} + g`, parent: `(g - 1) / ${S} + 1`, name: "'Aisle ' || g" },
    {
      source: `generate_series(1, ${T * S * L}) g`,
      id: `${T + T * S} + g`,
      parent: `${T} + (g - 1) / ${L} + 1`,
      name: "'Shelf ' || g",
    },
  ]
  let categories = 0
  for (const level of tree) {
    const id = category(level.id)
    categories += await cloneRows(client, {
      table: "product_category",
      template: first("product_category"),
      source: level.parent
        ? `${level.source} JOIN product_category parent ON parent.id = ${category(level.parent)}`
        : level.source,
      set: {
        id,
        name: level.name,
        description: "''",
        handle: `'big-' || ${id}`,
        mpath: level.parent ? `parent.mpath || '.' || ${id}` : id,
        is_active: "true",
        is_internal: "false",
        rank: "g - 1",
        parent_category_id: level.parent ? "parent.id" : "NULL",
        metadata: "NULL",
        external_id: "NULL",
        deleted_at: "NULL",
      },
    })
  }
  const brands = await client.query(
    `INSERT INTO tp_brand (id, name, handle, created_at, updated_at)
     SELECT pg_temp.tp_big_id('brand', g), 'Brand ' || g, 'big-brand-' || g, now(), now()
     FROM generate_series(1, ${sizes.brands}) g`
  )
  // about 1 % drafts (unpublished) and 1 % deleted (discontinued): the pages a dead end would be on
  const products = await cloneRows(client, {
    table: "product",
    template: first("product", "status = 'published' AND deleted_at IS NULL"),
    source: `generate_series(1, ${P}) g`,
    set: {
      id: "pg_temp.tp_big_id('prod', g)",
      title: "pg_temp.tp_title_of(g)",
      handle: "'big-product-' || g",
      subtitle: "NULL",
      description: "'A generated product of the big bench shop.'",
      status: "CASE WHEN pg_temp.tp_rnd(g, 1) < 0.01 THEN 'draft' ELSE 'published' END",
      external_id: "NULL",
      metadata: "NULL",
      created_at: `now() - interval '1 day' * ${sizes.months * 30} * pg_temp.tp_rnd(g, 3)`,
      updated_at: "now() - interval '1 day'",
      deleted_at: "CASE WHEN pg_temp.tp_rnd(g, 2) < 0.01 THEN now() - interval '30 days' END",
    },
  })
  // variant g belongs to product ((g - 1) % P) + 1, so product p's first variant is variant p
  const productOf = `((g - 1) % ${P}) + 1`
  const variants = await cloneRows(client, {
    table: "product_variant",
    template: first("product_variant", "deleted_at IS NULL"),
    source: `generate_series(1, ${V}) g`,
    set: {
      id: "pg_temp.tp_big_id('variant', g)",
      title: `'Size ' || ((g - 1) / ${P} + 1)`,
      sku: "'BIG-' || g",
      barcode: "NULL",
      ean: "NULL",
      upc: "NULL",
      allow_backorder: "false",
      manage_inventory: "true",
      metadata: "NULL",
      variant_rank: `(g - 1) / ${P}`,
      product_id: `pg_temp.tp_big_id('prod', ${productOf})`,
      created_at: "now() - interval '30 days'",
      updated_at: "now() - interval '1 day'",
      deleted_at: "NULL",
      thumbnail: "NULL",
    },
  })
  await writeVariantLinks(client, sizes)
  await writePrices(client, sizes)
  await writeStock(client, sizes)
  await writeProductLinks(client, sizes)
  return { categories, brands: brands.rowCount, products, variants }
}

/** A link table row per generated variant or product: `<prefix>_big_<g>` joining the two generated ids. */
async function link(client, table, prefix, count, columns) {
  const names = Object.keys(columns)
  await client.query(
    `INSERT INTO ${table} (id, ${names.join(", ")}) SELECT pg_temp.tp_big_id('${prefix}', g), ${names
      .map((name) => columns[name])
      .join(", ")} FROM generate_series(1, ${count}) g`
  )
}

async function writeVariantLinks(client, { variants: V }) {
  await client.query(
    `INSERT INTO price_set (id, created_at, updated_at) SELECT pg_temp.tp_big_id('pset', g), now(), now()
     FROM generate_series(1, ${V}) g`
  )
  await link(client, "product_variant_price_set", "pvps", V, {
    variant_id: "pg_temp.tp_big_id('variant', g)",
    price_set_id: "pg_temp.tp_big_id('pset', g)",
  })
  await cloneRows(client, {
    table: "inventory_item",
    template: first("inventory_item", "deleted_at IS NULL"),
    source: `generate_series(1, ${V}) g`,
    set: {
      id: "pg_temp.tp_big_id('iitem', g)",
      sku: "'BIG-' || g",
      title: "'Size ' || g",
      description: "NULL",
      thumbnail: "NULL",
      metadata: "NULL",
      deleted_at: "NULL",
    },
  })
  await link(client, "product_variant_inventory_item", "pvii", V, {
    variant_id: "pg_temp.tp_big_id('variant', g)",
    inventory_item_id: "pg_temp.tp_big_id('iitem', g)",
    required_quantity: "1",
  })
}

/** Two prices per variant, EUR then USD (8 % more); each bigger size costs 5 more. */
async function writePrices(client, { variants: V, products: P }) {
  const variant = `((g - 1) % ${V}) + 1`
  const eur = `pg_temp.tp_price_of(((${variant} - 1) % ${P}) + 1) + 5 * ((${variant} - 1) / ${P})`
  const amount = `CASE WHEN g <= ${V} THEN ${eur} ELSE round(${eur} * 1.08, 2) END`
  await cloneRows(client, {
    table: "price",
    template: first("price", "price_list_id IS NULL AND deleted_at IS NULL"),
    source: `generate_series(1, ${2 * V}) g`,
    set: {
      id: "pg_temp.tp_big_id('price', g)",
      title: "NULL",
      price_set_id: `pg_temp.tp_big_id('pset', ${variant})`,
      currency_code: `CASE WHEN g <= ${V} THEN 'eur' ELSE 'usd' END`,
      amount,
      raw_amount: rawNumber(amount),
      rules_count: "0",
      price_list_id: "NULL",
      min_quantity: "NULL",
      max_quantity: "NULL",
      raw_min_quantity: "NULL",
      raw_max_quantity: "NULL",
      deleted_at: "NULL",
    },
  })
}

/** Stock at the demo's warehouse: about 8 % of variants sold out, the rest 1-200. */
async function writeStock(client, { variants: V }) {
  const stocked = "CASE WHEN pg_temp.tp_rnd(g, 21) < 0.08 THEN 0 ELSE 1 + floor(200 * pg_temp.tp_rnd(g, 22)) END"
  await cloneRows(client, {
    table: "inventory_level",
    template: first("inventory_level", "deleted_at IS NULL"),
    source: `generate_series(1, ${V}) g`,
    set: {
      id: "pg_temp.tp_big_id('ilev', g)",
      inventory_item_id: "pg_temp.tp_big_id('iitem', g)",
      stocked_quantity: stocked,
      raw_stocked_quantity: rawNumber(stocked),
      reserved_quantity: "0",
      raw_reserved_quantity: rawNumber("0"),
      incoming_quantity: "0",
      raw_incoming_quantity: rawNumber("0"),
      metadata: "NULL",
      deleted_at: "NULL",
    },
  })
}

/** The sales channel, the leaf category and the brand of every product. */
async function writeProductLinks(client, sizes) {
  const { products: P, topCategories: T, subcategoriesPerTop: S } = sizes
  const channel = "(SELECT sales_channel_id FROM product_sales_channel WHERE deleted_at IS NULL ORDER BY id LIMIT 1)"
  await link(client, "product_sales_channel", "psc", P, {
    product_id: "pg_temp.tp_big_id('prod', g)",
    sales_channel_id: channel,
  })
  await client.query(
    `INSERT INTO product_category_product (product_id, product_category_id)
     SELECT pg_temp.tp_big_id('prod', g), pg_temp.tp_big_id('pcat', ${T + T * S} + pg_temp.tp_leaf_of(g) + 1)
     FROM generate_series(1, ${P}) g`
  )
  await link(client, "product_product_brand_brand", "ppbb", P, {
    product_id: "pg_temp.tp_big_id('prod', g)",
    brand_id: "pg_temp.tp_big_id('brand', pg_temp.tp_brand_of(g))",
  })
}
