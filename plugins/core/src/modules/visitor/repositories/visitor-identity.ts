import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { marks } from "../../../lib/sql-marks"
import { entityId } from "../lib/entity-id"

// SQL of tp_visitor_identity: the visitor ids (one per browser) and the profile each feeds.
// One exported object: Medusa registers every function exported from a module's `repositories/` as a
// repository class.

type Manager = SqlEntityManager

/** Inserts an identity; false when another transaction created it first. */
async function insert(manager: Manager, anonymousId: string, profileId: string): Promise<boolean> {
  const rows = await manager.execute<{ id: string }[]>(
    `INSERT INTO tp_visitor_identity (id, anonymous_id, profile_id, signed_at, created_at, updated_at)
       VALUES (?, ?, ?, now(), now(), now())
       ON CONFLICT (anonymous_id) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
    [entityId("tpvi"), anonymousId, profileId]
  )
  return rows.length > 0
}

/** Marks a visitor id chosen before ids were signed as signed now; false when it was already (or is unknown). */
async function markSigned(manager: Manager, anonymousId: string): Promise<boolean> {
  const upgraded = await manager.execute<{ id: string }[]>(
    `UPDATE tp_visitor_identity SET signed_at = now(), updated_at = now()
          WHERE anonymous_id = ? AND signed_at IS NULL AND deleted_at IS NULL RETURNING id`,
    [anonymousId]
  )
  return upgraded.length > 0
}

/** The visitor ids of some profiles. */
async function ofProfiles(manager: Manager, profileIds: readonly string[]): Promise<string[]> {
  const rows = await manager.execute<{ anonymous_id: string }[]>(
    `SELECT anonymous_id FROM tp_visitor_identity WHERE profile_id IN (${marks(profileIds)})`,
    [...profileIds]
  )
  return rows.map((row) => row.anonymous_id)
}

async function removeOfProfile(manager: Manager, profileId: string): Promise<void> {
  await manager.execute("DELETE FROM tp_visitor_identity WHERE profile_id = ?", [profileId])
}

export const visitorIdentities = { insert, markSigned, ofProfiles, removeOfProfile }
