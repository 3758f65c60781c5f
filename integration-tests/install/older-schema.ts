import type { Client } from "pg"

// A database as an install before the house-plan renames left it: segment-offers' segment tables without the
// module's `tp_offer` prefix, and the product-brand link tracked under the brand module's old key `brand`.
// `medusa db:migrate` must bring it forward without losing a row or asking a question.

const RENAMED: [now: string, before: string, indexes: string[]][] = [
  ["tp_offer_segment", "tp_segment", ["deleted_at", "status"]],
  ["tp_offer_segment_member", "tp_segment_member", ["deleted_at", "segment_id_customer_id_unique", "customer_id"]],
]

export const OLD_ROWS = {
  segment: "tpseg_before_upgrade",
  member: "tpsm_before_upgrade",
  brandLink: "prodbrand_before_upgrade",
}

/** Turns a migrated database back into the older install's shape, holding one row of each renamed kind. */
export async function rewindToOlderSchema(client: Client) {
  for (const [now, before, indexes] of RENAMED) {
    await client.query(`ALTER TABLE "${now}" RENAME TO "${before}"`)
    await client.query(`ALTER TABLE "${before}" RENAME CONSTRAINT "${now}_pkey" TO "${before}_pkey"`)
    for (const index of indexes)
      await client.query(`ALTER INDEX "IDX_${now}_${index}" RENAME TO "IDX_${before}_${index}"`)
  }
  await client.query("DELETE FROM mikro_orm_migrations WHERE name = 'Migration20261207154105'")
  await client.query(
    `UPDATE link_module_migrations SET link_descriptor = jsonb_set(link_descriptor, '{toModule}', '"brand"')
      WHERE table_name = 'product_product_brand_brand'`
  )
  await client.query("INSERT INTO tp_segment (id, name, rule) VALUES ($1, 'Loyal', '{}')", [OLD_ROWS.segment])
  await client.query(
    "INSERT INTO tp_segment_member (id, segment_id, customer_id, entered_at) VALUES ($1, $2, 'cus_before', now())",
    [OLD_ROWS.member, OLD_ROWS.segment]
  )
  await client.query(
    "INSERT INTO product_product_brand_brand (id, product_id, brand_id) VALUES ($1, 'prod_before', 'brand_before')",
    [OLD_ROWS.brandLink]
  )
}

/** The rows the older install held, read under today's names; then removed, so the shop's own tests start clean. */
export async function takeUpgradedRows(client: Client) {
  const found = {
    segment: (await client.query("SELECT id FROM tp_offer_segment WHERE id = $1", [OLD_ROWS.segment])).rowCount,
    member: (await client.query("SELECT id FROM tp_offer_segment_member WHERE id = $1", [OLD_ROWS.member])).rowCount,
    brandLink: (await client.query("SELECT id FROM product_product_brand_brand WHERE id = $1", [OLD_ROWS.brandLink]))
      .rowCount,
    oldTables: (
      await client.query(
        "SELECT table_name FROM information_schema.tables WHERE table_name IN ('tp_segment', 'tp_segment_member')"
      )
    ).rowCount,
  }
  await client.query("DELETE FROM tp_offer_segment_member WHERE id = $1", [OLD_ROWS.member])
  await client.query("DELETE FROM tp_offer_segment WHERE id = $1", [OLD_ROWS.segment])
  await client.query("DELETE FROM product_product_brand_brand WHERE id = $1", [OLD_ROWS.brandLink])
  return found
}
