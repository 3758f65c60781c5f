import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { PersonalDataSubject } from "@touchpoints/core/lib"
import { anyOf, either, type PersonalRows } from "@touchpoints/core/lib"

// Which wishlist rows are a person's, children first (see core's lib/personal-data-rows.ts). One exported object:
// Medusa registers every function exported from `repositories/` as a repository class.

/**
 * A customer's lists, and a guest's lists that led to one of the person's carts or orders (a guest list is
 * otherwise known only to whoever holds its token: the guest deletes it themselves). Read before anything is
 * deleted, since the items are what ties a guest list to the person.
 */
async function listIds(manager: SqlEntityManager, subject: PersonalDataSubject): Promise<string[]> {
  const used = either(anyOf("moved_to_cart_id", subject.cart_ids), anyOf("purchase_order_id", subject.order_ids))
  const owned = anyOf("customer_id", subject.customer_ids)
  if (used.sql === "FALSE" && owned.sql === "FALSE") return []
  const rows = await manager.execute<{ id: string }[]>(
    `SELECT id FROM tp_wishlist WHERE ${owned.sql}
     UNION SELECT wishlist_id AS id FROM tp_wishlist_item WHERE ${used.sql}`,
    [...owned.params, ...used.params]
  )
  return rows.map((row) => row.id)
}

function kinds(subject: PersonalDataSubject, lists: readonly string[]): PersonalRows[] {
  return [
    { kind: "alerts", table: "tp_wishlist_alert", where: anyOf("customer_id", subject.customer_ids) },
    { kind: "items", table: "tp_wishlist_item", where: anyOf("wishlist_id", lists) },
    { kind: "lists", table: "tp_wishlist", where: anyOf("id", lists) },
  ]
}

export const wishlistPersonalData = { listIds, kinds }
