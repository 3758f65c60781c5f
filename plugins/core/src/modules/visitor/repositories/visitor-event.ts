import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { marks } from "../../../lib/sql-marks"
import { entityId } from "../lib/entity-id"
import type { VisitorEventInput } from "../lib/types"

// SQL of tp_visitor_event: the raw events of a visitor. Which events are kept (consent) and for how long
// (retention) are the service's rules.
// One exported object: Medusa registers every function exported from a module's `repositories/` as a
// repository class.

type Manager = SqlEntityManager

const EVENT_COLUMNS = [
  "id",
  "profile_id",
  "anonymous_id",
  "type",
  "occurred_at",
  "product_id",
  "variant_id",
  "category_id",
  "cart_id",
  "quantity",
  "query",
  "url",
  "referrer",
  "title",
  "utm",
  "placement",
  "anchor_product_id",
  "product_ids",
] as const

/** The multi-row INSERT of a batch, its parameters and the new event ids (run alone or as a CTE). */
function insertStatement(
  profileId: string,
  anonymousId: string,
  events: readonly VisitorEventInput[]
): { sql: string; params: unknown[]; ids: string[] } {
  const ids = events.map(() => entityId("tpve"))
  const placeholders = `(${EVENT_COLUMNS.map((c) => (c === "utm" || c === "product_ids" ? "?::jsonb" : "?")).join(", ")}, now(), now())`
  const params = events.flatMap((event, index) => [
    ids[index],
    profileId,
    anonymousId,
    event.type,
    event.occurred_at,
    event.product_id ?? null,
    event.variant_id ?? null,
    event.category_id ?? null,
    event.cart_id ?? null,
    event.quantity ?? null,
    event.query ?? null,
    event.url ?? null,
    event.referrer ?? null,
    event.title ?? null,
    event.utm ? JSON.stringify(event.utm) : null,
    event.placement ?? null,
    event.anchor_product_id ?? null,
    event.product_ids ? JSON.stringify(event.product_ids) : null,
  ])
  const sql = `INSERT INTO tp_visitor_event (${EVENT_COLUMNS.join(", ")}, created_at, updated_at)
       VALUES ${events.map(() => placeholders).join(", ")}`
  return { sql, params, ids }
}

/** Removes events by id (compensation of the batch that added them). */
async function removeByIds(manager: Manager, ids: readonly string[]): Promise<void> {
  if (ids.length) {
    await manager.execute(`DELETE FROM tp_visitor_event WHERE id IN (${marks(ids)})`, [...ids])
  }
}

/** Removes a profile's events of every type but `keptTypes` (a withdrawal of analytics consent). */
async function removeOfProfileExcept(manager: Manager, profileId: string, keptTypes: readonly string[]): Promise<void> {
  // "-" keeps the IN list non-empty when no type is kept (no event has that type)
  const kept = [...keptTypes, "-"]
  await manager.execute(`DELETE FROM tp_visitor_event WHERE profile_id = ? AND type NOT IN (${marks(kept)})`, [
    profileId,
    ...kept,
  ])
}

/** Deletes up to `limit` events older than `before`; answers how many went. */
async function removeOlderThan(manager: Manager, before: Date, limit: number): Promise<number> {
  const rows = await manager.execute<{ id: string }[]>(
    `DELETE FROM tp_visitor_event WHERE id IN (
         SELECT id FROM tp_visitor_event WHERE occurred_at < ? LIMIT ${Math.floor(limit)}) RETURNING id`,
    [before]
  )
  return rows.length
}

export const visitorEvents = { insertStatement, removeByIds, removeOfProfileExcept, removeOlderThan }
