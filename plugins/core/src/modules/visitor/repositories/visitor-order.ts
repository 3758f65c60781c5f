import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { entityId } from "../lib/entity-id"

// SQL of tp_visitor_order: the orders counted into profiles (one row per order; a redelivery inserts nothing).
// Whose profile an order counts in is the service's rule.
// One exported object: Medusa registers every function exported from a module's `repositories/` as a
// repository class.

type Manager = SqlEntityManager

export type CountedOrderRow = {
  orderId: string
  profileId: string
  customerId: string | null
  currencyCode: string
  total: number
  placedAt: Date
}

/** Inserts the orders not counted yet; answers the rows it added (profile and time of each). */
async function insert(
  manager: Manager,
  orders: readonly CountedOrderRow[]
): Promise<{ profile_id: string; placed_at: Date }[]> {
  const row = "(?, ?, ?, ?, ?, ?, ?::jsonb, ?, now(), now())"
  return manager.execute<{ profile_id: string; placed_at: Date }[]>(
    `INSERT INTO tp_visitor_order (id, order_id, profile_id, customer_id, currency_code, total, raw_total, placed_at,
         created_at, updated_at)
       VALUES ${orders.map(() => row).join(", ")}
       ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING RETURNING profile_id, placed_at`,
    orders.flatMap((order) => [
      entityId("tpvo"),
      order.orderId,
      order.profileId,
      order.customerId,
      order.currencyCode,
      order.total,
      JSON.stringify({ value: String(order.total), precision: 20 }),
      order.placedAt,
    ])
  )
}

/** Where an order is counted (its profile and customer), if it is. */
async function countedIn(
  manager: Manager,
  orderId: string
): Promise<{ profile_id: string; customer_id: string | null } | undefined> {
  const [row] = await manager.execute<{ profile_id: string; customer_id: string | null }[]>(
    "SELECT profile_id, customer_id FROM tp_visitor_order WHERE order_id = ? AND deleted_at IS NULL",
    [orderId]
  )
  return row
}

async function remove(manager: Manager, orderId: string): Promise<void> {
  await manager.execute("DELETE FROM tp_visitor_order WHERE order_id = ?", [orderId])
}

/** A profile's counted orders per currency: how many, their sum and the latest time. */
async function totalsPerCurrency(
  manager: Manager,
  profileId: string
): Promise<{ currency_code: string; orders: string; spent: string; last_at: Date }[]> {
  return manager.execute<{ currency_code: string; orders: string; spent: string; last_at: Date }[]>(
    `SELECT currency_code, count(*) AS orders, sum(total) AS spent, max(placed_at) AS last_at
         FROM tp_visitor_order WHERE profile_id = ? AND deleted_at IS NULL GROUP BY currency_code`,
    [profileId]
  )
}

export const visitorOrders = { insert, countedIn, remove, totalsPerCurrency }
