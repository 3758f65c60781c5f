import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { entityId } from "../lib/entity-id"
import type { ProfileRow } from "../lib/profile-row"
import type { ProfileAggregates } from "../lib/types"

// SQL of tp_visitor_profile: which profile a visitor id or a customer feeds, the row locks that serialize writes
// to one profile, and the statements that write its aggregates, consent and order statistics. The rules (when
// to merge, what a withdrawal erases, which orders count) are the service's.
// One exported object: Medusa registers every function exported from a module's `repositories/` as a
// repository class.

type Manager = SqlEntityManager

/** A data-modifying statement run as a CTE of the profile's UPDATE (one round trip). */
export type AlongsideStatement = { name: string; sql: string; params: unknown[] }

/** The order statistics written back to a profile (computed by the service from its counted orders). */
export type OrderStats = {
  orderCount: number
  lastOrderAt: Date | null
  spent: Record<string, number>
  /** An order just placed is the profile's newest: its visits since the last order start again. */
  resetVisits: boolean
}

/** The live profile a visitor id feeds (one parameter: the visitor id). */
const PROFILE_OF_VISITOR = `SELECT p.* FROM tp_visitor_identity i
  JOIN tp_visitor_profile p ON p.id = i.profile_id AND p.deleted_at IS NULL
  WHERE i.anonymous_id = ? AND i.deleted_at IS NULL`

/** The aggregate columns, in the order the UPDATE statement writes them. */
const AGGREGATE_COLUMNS = [
  "visits",
  "visits_since_last_order",
  "event_count",
  "page_views",
  "searches",
  "add_to_carts",
  "checkouts_started",
  "first_seen_at",
  "last_seen_at",
  "first_utm",
  "last_utm",
  "product_views",
  "category_views",
  "recent_product_ids",
  "last_cart_id",
] as const satisfies readonly (keyof ProfileAggregates)[]

const JSON_COLUMNS = new Set<string>(["first_utm", "last_utm", "product_views", "category_views", "recent_product_ids"])

/** `SET a = ?, b = ?::jsonb, ...` and its parameters for writing aggregates back. */
function aggregateAssignments(aggregates: ProfileAggregates): { sql: string; params: unknown[] } {
  const sql = AGGREGATE_COLUMNS.map((column) => (JSON_COLUMNS.has(column) ? `${column} = ?::jsonb` : `${column} = ?`))
  const params = AGGREGATE_COLUMNS.map((column) => {
    const value = aggregates[column]
    return JSON_COLUMNS.has(column) ? (value === null ? null : JSON.stringify(value)) : value
  })
  return { sql: sql.join(", "), params }
}

/** The profile a visitor id feeds, unlocked (reads). */
async function ofVisitor(manager: Manager, anonymousId: string): Promise<ProfileRow | undefined> {
  const [row] = await manager.execute<ProfileRow[]>(PROFILE_OF_VISITOR, [anonymousId])
  return row
}

/** The profile a visitor id feeds, locked for this transaction. */
async function lockOfVisitor(manager: Manager, anonymousId: string): Promise<ProfileRow | undefined> {
  const [row] = await manager.execute<ProfileRow[]>(`${PROFILE_OF_VISITOR} FOR UPDATE OF p`, [anonymousId])
  return row
}

/** A customer's live profile, unlocked (reads). */
async function ofCustomer(manager: Manager, customerId: string | null | undefined): Promise<ProfileRow | undefined> {
  const [row] = await manager.execute<ProfileRow[]>(
    "SELECT * FROM tp_visitor_profile WHERE customer_id = ? AND deleted_at IS NULL",
    [customerId]
  )
  return row
}

/** A customer's live profile, locked for this transaction. */
async function lockOfCustomer(manager: Manager, customerId: string): Promise<ProfileRow | undefined> {
  const [row] = await manager.execute<ProfileRow[]>(
    "SELECT * FROM tp_visitor_profile WHERE customer_id = ? AND deleted_at IS NULL FOR UPDATE",
    [customerId]
  )
  return row
}

/** Locks a profile's row by id (it may be gone: nothing is locked then). */
async function lockById(manager: Manager, profileId: string): Promise<void> {
  await manager.execute("SELECT id FROM tp_visitor_profile WHERE id = ? FOR UPDATE", [profileId])
}

/** Serializes every change to one customer's profiles (link, merge, orders) across instances. */
async function lockCustomer(manager: Manager, customerId: string): Promise<void> {
  await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`tp_visitor_customer:${customerId}`])
}

async function insert(manager: Manager, customerId: string | null): Promise<ProfileRow> {
  const [row] = await manager.execute<ProfileRow[]>(
    `INSERT INTO tp_visitor_profile (id, customer_id, created_at, updated_at) VALUES (?, ?, now(), now()) RETURNING *`,
    [entityId("tpvp"), customerId]
  )
  return row
}

async function remove(manager: Manager, profileId: string): Promise<void> {
  await manager.execute("DELETE FROM tp_visitor_profile WHERE id = ?", [profileId])
}

/**
 * Writes a profile's aggregates; `alongside` statements (a batch's event and cart inserts) run as CTEs of the
 * same UPDATE, so a batch is one round trip.
 */
async function writeAggregates(
  manager: Manager,
  profileId: string,
  aggregates: ProfileAggregates,
  alongside: readonly AlongsideStatement[] = []
): Promise<void> {
  const update = aggregateAssignments(aggregates)
  const ctes = alongside.length ? `WITH ${alongside.map((part) => `${part.name} AS (${part.sql})`).join(", ")} ` : ""
  await manager.execute(
    `${ctes}UPDATE tp_visitor_profile SET ${update.sql}, updated_at = now() WHERE id = ?`,
    [...alongside.flatMap((part) => part.params), ...update.params, profileId],
    "run"
  )
}

/** Records a profile's analytics choice, at the server's time. */
async function writeConsent(
  manager: Manager,
  profileId: string,
  consent: { analytics: boolean; source: string }
): Promise<ProfileRow> {
  const [updated] = await manager.execute<ProfileRow[]>(
    `UPDATE tp_visitor_profile SET analytics_consent = ?, consent_source = ?, consent_updated_at = now(),
         updated_at = now() WHERE id = ? RETURNING *`,
    [consent.analytics, consent.source, profileId]
  )
  return updated
}

/** Copies another profile's analytics choice as it was made (a merge keeps the later choice). */
async function copyConsent(manager: Manager, from: ProfileRow, profileId: string): Promise<void> {
  await manager.execute(
    "UPDATE tp_visitor_profile SET analytics_consent = ?, consent_source = ?, consent_updated_at = ? WHERE id = ?",
    [from.analytics_consent, from.consent_source, from.consent_updated_at, profileId]
  )
}

async function linkToCustomer(manager: Manager, profileId: string, customerId: string): Promise<void> {
  await manager.execute("UPDATE tp_visitor_profile SET customer_id = ?, updated_at = now() WHERE id = ?", [
    customerId,
    profileId,
  ])
}

/** Moves a profile's visitor ids, events and counted orders to another, then soft-deletes it. */
async function moveInto(manager: Manager, sourceId: string, targetId: string): Promise<void> {
  for (const table of ["tp_visitor_identity", "tp_visitor_event", "tp_visitor_order"]) {
    await manager.execute(`UPDATE ${table} SET profile_id = ? WHERE profile_id = ?`, [targetId, sourceId], "run")
  }
  await manager.execute("UPDATE tp_visitor_profile SET deleted_at = now() WHERE id = ?", [sourceId], "run")
}

async function writeOrderStats(manager: Manager, profileId: string, stats: OrderStats): Promise<void> {
  await manager.execute(
    `UPDATE tp_visitor_profile SET order_count = ?, last_order_at = ?, total_spent = ?::jsonb,
         visits_since_last_order = ${stats.resetVisits ? "0" : "visits_since_last_order"}, updated_at = now() WHERE id = ?`,
    [stats.orderCount, stats.lastOrderAt, JSON.stringify(stats.spent), profileId],
    "run"
  )
}

/**
 * Up to `limit` anonymous profiles not seen since `before`, locked; rows another transaction holds are skipped
 * (its worker deletes them).
 */
async function lockInactive(manager: Manager, before: Date, limit: number): Promise<string[]> {
  const rows = await manager.execute<{ id: string }[]>(
    `SELECT id FROM tp_visitor_profile WHERE customer_id IS NULL AND COALESCE(last_seen_at, created_at) < ?
        ORDER BY id LIMIT ${Math.floor(limit)} FOR UPDATE SKIP LOCKED`,
    [before]
  )
  return rows.map((row) => row.id)
}

export const visitorProfiles = {
  ofVisitor,
  lockOfVisitor,
  ofCustomer,
  lockOfCustomer,
  lockById,
  lockCustomer,
  insert,
  remove,
  writeAggregates,
  writeConsent,
  copyConsent,
  linkToCustomer,
  moveInto,
  writeOrderStats,
  lockInactive,
}
