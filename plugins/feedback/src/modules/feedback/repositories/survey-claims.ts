import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

// Which orders already have their survey (the survey row is the order's claim), for a page of due orders at once.
// One exported object: Medusa registers every function exported from `repositories/` as a repository class.

/** Of these orders, the ones that have a survey row (one query for the whole page). */
async function ordersWithSurvey(manager: SqlEntityManager, orderIds: readonly string[]): Promise<Set<string>> {
  if (!orderIds.length) return new Set()
  const rows = await manager.execute<{ order_id: string }[]>(
    `SELECT order_id FROM tp_fb_survey WHERE order_id IN (${orderIds.map(() => "?").join(", ")})
       AND deleted_at IS NULL`,
    [...orderIds]
  )
  return new Set(rows.map((row) => row.order_id))
}

export const surveyClaims = { ordersWithSurvey }
