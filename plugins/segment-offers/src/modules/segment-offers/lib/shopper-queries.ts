import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { ProfileFactsRow, ShopperContext } from "./profile-facts"

// Read-only SQL over core's visitor profile and Medusa's cart and customer tables: what rules read about a shopper.

type Manager = SqlEntityManager

const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ")

const PROFILE_COLUMNS = `p.id, p.customer_id, p.visits, p.visits_since_last_order, p.first_seen_at, p.last_order_at,
  p.order_count, p.total_spent, p.first_utm, p.last_utm, p.category_views, p.last_cart_id`

export type CartContext = NonNullable<ShopperContext["cart"]> & { customer_id: string | null; has_account: boolean }

/**
 * The profile rules read for a shopper: the logged-in customer's own profile; else the visitor's profile,
 * unless it belongs to a customer who is not logged in (a shared device reveals nothing about them).
 */
export async function readProfileOf(
  manager: Manager,
  shopper: { visitorId: string | null; customerId: string | null }
): Promise<ProfileFactsRow | null> {
  if (shopper.customerId) {
    const [own] = await manager.execute<ProfileFactsRow[]>(
      `SELECT ${PROFILE_COLUMNS} FROM tp_visitor_profile p WHERE p.customer_id = ? AND p.deleted_at IS NULL`,
      [shopper.customerId]
    )
    if (own) return own
  }
  if (!shopper.visitorId) return null
  const [row] = await manager.execute<ProfileFactsRow[]>(
    `SELECT ${PROFILE_COLUMNS} FROM tp_visitor_identity i
       JOIN tp_visitor_profile p ON p.id = i.profile_id AND p.deleted_at IS NULL
      WHERE i.anonymous_id = ? AND i.deleted_at IS NULL`,
    [shopper.visitorId]
  )
  if (!row || (row.customer_id && row.customer_id !== shopper.customerId)) return null
  return row
}

/** A profile by its id, a customer id or an anonymous visitor id (the admin's lookup). */
export async function readProfileByAnyId(manager: Manager, key: string): Promise<ProfileFactsRow | null> {
  const [row] = await manager.execute<ProfileFactsRow[]>(
    `SELECT ${PROFILE_COLUMNS} FROM tp_visitor_profile p
      WHERE p.deleted_at IS NULL AND (p.id = ? OR p.customer_id = ? OR p.id = (
        SELECT i.profile_id FROM tp_visitor_identity i WHERE i.anonymous_id = ? AND i.deleted_at IS NULL))
      LIMIT 1`,
    [key, key, key]
  )
  return row ?? null
}

/**
 * The shopper a cart belongs to for offers: who applied an offer to it, else its registered customer, else the
 * visitor who first used it (a guest who typed the code).
 */
export async function readProfileOfCart(manager: Manager, cartId: string): Promise<ProfileFactsRow | null> {
  const [claimed] = await manager.execute<ProfileFactsRow[]>(
    `SELECT ${PROFILE_COLUMNS} FROM tp_offer_cart oc
       JOIN tp_visitor_profile p ON p.id = oc.profile_id AND p.deleted_at IS NULL
      WHERE oc.cart_id = ? AND oc.deleted_at IS NULL`,
    [cartId]
  )
  if (claimed) return claimed
  const [owned] = await manager.execute<ProfileFactsRow[]>(
    `SELECT ${PROFILE_COLUMNS} FROM cart c
       JOIN customer cu ON cu.id = c.customer_id AND cu.has_account
       JOIN tp_visitor_profile p ON p.customer_id = cu.id AND p.deleted_at IS NULL
      WHERE c.id = ?`,
    [cartId]
  )
  if (owned) return owned
  // The guest cart's visitor: the first to use it (core's association), never whoever names it last, so an
  // event naming someone else's cart id claims nothing.
  const [tracked] = await manager.execute<ProfileFactsRow[]>(
    `SELECT ${PROFILE_COLUMNS} FROM tp_visitor_cart vc
       JOIN tp_visitor_identity i ON i.anonymous_id = vc.anonymous_id AND i.deleted_at IS NULL
       JOIN tp_visitor_profile p ON p.id = i.profile_id AND p.deleted_at IS NULL
      WHERE vc.cart_id = ? AND vc.deleted_at IS NULL`,
    [cartId]
  )
  return tracked ?? null
}

/** What a cart adds to the facts (item subtotal, currency, shipping country), and whose it is; null when gone or completed. */
export async function readCartContext(manager: Manager, cartId: string): Promise<CartContext | null> {
  const [row] = await manager.execute<
    {
      currency_code: string
      country_code: string | null
      customer_id: string | null
      has_account: boolean | null
      value: number
    }[]
  >(
    `SELECT c.currency_code, a.country_code, c.customer_id, cu.has_account,
            COALESCE((SELECT SUM(li.unit_price * li.quantity) FROM cart_line_item li
                       WHERE li.cart_id = c.id AND li.deleted_at IS NULL), 0)::float AS value
       FROM cart c
       LEFT JOIN cart_address a ON a.id = c.shipping_address_id
       LEFT JOIN customer cu ON cu.id = c.customer_id
      WHERE c.id = ? AND c.deleted_at IS NULL AND c.completed_at IS NULL`,
    [cartId]
  )
  if (!row) return null
  return {
    value: row.value,
    currency_code: row.currency_code,
    country_code: row.country_code,
    customer_id: row.customer_id,
    has_account: row.has_account === true,
  }
}

/** Customers' accounts, groups and default countries, by id. */
export async function readCustomerContexts(
  manager: Manager,
  customerIds: string[]
): Promise<Map<string, NonNullable<ShopperContext["customer"]>>> {
  const ids = [...new Set(customerIds)]
  if (!ids.length) return new Map()
  const rows = await manager.execute<
    { id: string; has_account: boolean; group_ids: string[] | null; country_code: string | null }[]
  >(
    `SELECT cu.id, cu.has_account,
            (SELECT array_agg(g.customer_group_id ORDER BY g.customer_group_id) FROM customer_group_customer g
              WHERE g.customer_id = cu.id AND g.deleted_at IS NULL) AS group_ids,
            (SELECT a.country_code FROM customer_address a WHERE a.customer_id = cu.id AND a.deleted_at IS NULL
              ORDER BY a.is_default_shipping DESC, a.created_at LIMIT 1) AS country_code
       FROM customer cu WHERE cu.id IN (${marks(ids)}) AND cu.deleted_at IS NULL`,
    ids
  )
  return new Map(
    rows.map((row) => [
      row.id,
      { has_account: row.has_account, group_ids: row.group_ids ?? [], country_code: row.country_code },
    ])
  )
}

/** One page of profiles after `afterId` (every profile, or only customers'), for previews and the sync job. */
export async function readProfilePage(
  manager: Manager,
  input: { afterId: string | null; limit: number; customersOnly: boolean }
): Promise<ProfileFactsRow[]> {
  return manager.execute<ProfileFactsRow[]>(
    `SELECT ${PROFILE_COLUMNS} FROM tp_visitor_profile p
      WHERE p.deleted_at IS NULL AND p.id > ? ${input.customersOnly ? "AND p.customer_id IS NOT NULL" : ""}
      ORDER BY p.id LIMIT ?`,
    [input.afterId ?? "", input.limit]
  )
}
