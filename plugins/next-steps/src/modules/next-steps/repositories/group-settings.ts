import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { GroupKey } from "../options"

// SQL of tp_ns_group_settings: the owner's group titles, sizes and order (one row at most).
// One exported object, not loose functions: Medusa registers every function exported from a module's
// `repositories/` in the module container as a repository class.

type Manager = SqlEntityManager

export type GroupSettingsValue = {
  group_order: GroupKey[]
  groups: Record<GroupKey, { title: string; size: number }>
}

/** The stored settings (possibly partial), or null when the owner saved none. */
async function stored(manager: Manager): Promise<Partial<GroupSettingsValue> | null> {
  const [row] = await manager.execute<Partial<GroupSettingsValue>[]>(
    "SELECT group_order, groups FROM tp_ns_group_settings WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1"
  )
  return row ?? null
}

/** Serializes saves (until the transaction ends). */
async function lock(manager: Manager): Promise<void> {
  await manager.execute("SELECT pg_advisory_xact_lock(hashtext('tp_ns_group_settings'))")
}

/** Removes the stored settings; answers them, or null. */
async function deleteStored(manager: Manager): Promise<GroupSettingsValue | null> {
  const [previous] = await manager.execute<GroupSettingsValue[]>(
    "DELETE FROM tp_ns_group_settings WHERE deleted_at IS NULL RETURNING group_order, groups"
  )
  return previous ?? null
}

/** Stores the settings. */
async function insert(manager: Manager, id: string, value: GroupSettingsValue): Promise<void> {
  await manager.execute(
    `INSERT INTO tp_ns_group_settings (id, group_order, groups, created_at, updated_at)
     VALUES (?, ?::jsonb, ?::jsonb, now(), now())`,
    [id, JSON.stringify(value.group_order), JSON.stringify(value.groups)]
  )
}

export const groupSettings = { stored, lock, deleteStored, insert }
