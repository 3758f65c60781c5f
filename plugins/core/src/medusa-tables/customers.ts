import { type MedusaDb, medusaRows } from "./medusa-db"

// ---- segment-offers: what a customer record adds to a shopper's facts ----

/** A customer's account flag, customer groups (sorted) and default shipping country. */
export type CustomerGroupsAndCountry = {
  id: string
  has_account: boolean
  group_ids: string[]
  country_code: string | null
}

/**
 * Customers by id (one query for a whole page of them: the membership sync's batch) with their groups and the
 * country of their default shipping address (else their oldest address). Deleted customers are absent.
 */
export async function customersWithGroupsAndCountry(
  db: MedusaDb,
  customerIds: readonly string[]
): Promise<CustomerGroupsAndCountry[]> {
  const ids = [...new Set(customerIds)]
  if (!ids.length) return []
  const rows = await medusaRows<Omit<CustomerGroupsAndCountry, "group_ids"> & { group_ids: string[] | null }>(
    db,
    `SELECT cu.id, cu.has_account,
            (SELECT array_agg(g.customer_group_id ORDER BY g.customer_group_id) FROM customer_group_customer g
              WHERE g.customer_id = cu.id AND g.deleted_at IS NULL) AS group_ids,
            (SELECT a.country_code FROM customer_address a WHERE a.customer_id = cu.id AND a.deleted_at IS NULL
              ORDER BY a.is_default_shipping DESC, a.created_at LIMIT 1) AS country_code
       FROM customer cu WHERE cu.id IN (${ids.map(() => "?").join(", ")}) AND cu.deleted_at IS NULL`,
    ids
  )
  return rows.map((row) => ({ ...row, group_ids: row.group_ids ?? [] }))
}
