import { generateEntityId } from "@medusajs/framework/utils"
import { ownerLockKey } from "../lib/owner"
import { LIVE_LIST, type Manager, marks } from "../lib/sql"
import type { Owner, WishlistRow } from "../lib/types"

// SQL of tp_wishlist: a shopper's lists, read, locked and written. The rules (limits, unique names, which list
// may be deleted) are the service's; these only read and write rows. One exported object: Medusa registers
// every function exported from a module's `repositories/` as a repository class.

/** Columns a compensation writes back from a snapshot. */
const RESTORABLE_COLUMNS = [
  "customer_id",
  "guest_key",
  "name",
  "name_key",
  "is_default",
  "share_nonce",
  "share_expires_at",
  "shared_at",
  "deleted_at",
] as const

/** `customer_id = ?` or `guest_key = ?` with its binding, for the lists an owner holds. */
function ownerCondition(owner: Owner): [string, string] {
  return owner.kind === "customer" ? ["customer_id = ?", owner.customerId] : ["guest_key = ?", owner.guestKey]
}

/** `is_default = true` for "default", else `id = ?` with its binding. */
function which(idOrDefault: string): [string, string[]] {
  return idOrDefault === "default" ? ["is_default = true", []] : ["id = ?", [idOrDefault]]
}

/** The owner's live lists, default first, then oldest first. */
async function ofOwner(manager: Manager, owner: Owner): Promise<WishlistRow[]> {
  const [condition, binding] = ownerCondition(owner)
  return manager.execute<WishlistRow[]>(
    `SELECT * FROM tp_wishlist WHERE ${condition} AND ${LIVE_LIST} ORDER BY is_default DESC, created_at, id`,
    [binding]
  )
}

/** One live list of the owner (`default` names the default list). */
async function ownedOne(manager: Manager, owner: Owner, idOrDefault: string): Promise<WishlistRow | undefined> {
  const [condition, binding] = ownerCondition(owner)
  const [list, params] = which(idOrDefault)
  const [row] = await manager.execute<WishlistRow[]>(
    `SELECT * FROM tp_wishlist WHERE ${condition} AND ${list} AND ${LIVE_LIST}`,
    [binding, ...params]
  )
  return row
}

/** How many live lists the owner holds. */
async function countOf(manager: Manager, owner: Owner): Promise<number> {
  const [condition, binding] = ownerCondition(owner)
  const [{ lists }] = await manager.execute<{ lists: string }[]>(
    `SELECT count(*) AS lists FROM tp_wishlist WHERE ${condition} AND ${LIVE_LIST}`,
    [binding]
  )
  return Number(lists)
}

/** Whether another live list of the owner (not `exceptId`) has this name key. */
async function nameTaken(manager: Manager, owner: Owner, nameKey: string, exceptId: string | null): Promise<boolean> {
  const [condition, binding] = ownerCondition(owner)
  const [taken] = await manager.execute<{ id: string }[]>(
    `SELECT id FROM tp_wishlist WHERE ${condition} AND name_key = ? AND ${LIVE_LIST} AND id <> ?`,
    [binding, nameKey, exceptId ?? ""]
  )
  return Boolean(taken)
}

/** The name keys of the owner's live lists. */
async function nameKeysOf(manager: Manager, owner: Owner): Promise<Set<string>> {
  const [condition, binding] = ownerCondition(owner)
  const rows = await manager.execute<{ name_key: string }[]>(
    `SELECT name_key FROM tp_wishlist WHERE ${condition} AND ${LIVE_LIST}`,
    [binding]
  )
  return new Set(rows.map((row) => row.name_key))
}

/** Serializes writers of one owner until the transaction ends (an advisory lock on the owner's key). */
async function lockOwner(manager: Manager, owner: Owner): Promise<void> {
  await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [ownerLockKey(owner)])
}

/** A live list, row-locked until the transaction ends. */
async function lockLive(manager: Manager, id: string): Promise<WishlistRow | undefined> {
  const [row] = await manager.execute<WishlistRow[]>(
    `SELECT * FROM tp_wishlist WHERE id = ? AND ${LIVE_LIST} FOR UPDATE`,
    [id]
  )
  return row
}

/** One live list of the owner (`default` names the default list), row-locked until the transaction ends. */
async function lockOwned(manager: Manager, owner: Owner, idOrDefault: string): Promise<WishlistRow | undefined> {
  const [condition, binding] = ownerCondition(owner)
  const [list, params] = which(idOrDefault)
  const [row] = await manager.execute<WishlistRow[]>(
    `SELECT * FROM tp_wishlist WHERE ${list} AND ${condition} AND ${LIVE_LIST} FOR UPDATE`,
    [...params, binding]
  )
  return row
}

async function insert(
  manager: Manager,
  row: Pick<WishlistRow, "customer_id" | "guest_key" | "name" | "name_key" | "is_default">
): Promise<WishlistRow> {
  const [list] = await manager.execute<WishlistRow[]>(
    `INSERT INTO tp_wishlist (id, customer_id, guest_key, name, name_key, is_default, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, now(), now()) RETURNING *`,
    [generateEntityId(undefined, "wl"), row.customer_id, row.guest_key, row.name, row.name_key, row.is_default]
  )
  return list
}

async function rename(manager: Manager, id: string, name: string, nameKey: string): Promise<WishlistRow> {
  const [list] = await manager.execute<WishlistRow[]>(
    "UPDATE tp_wishlist SET name = ?, name_key = ?, updated_at = now() WHERE id = ? RETURNING *",
    [name, nameKey, id]
  )
  return list
}

/** Soft-deletes lists; a deleted list is never shared. */
async function softDelete(manager: Manager, ids: readonly string[]): Promise<void> {
  if (!ids.length) return
  await manager.execute(
    `UPDATE tp_wishlist SET deleted_at = now(), share_nonce = NULL, updated_at = now() WHERE id IN (${marks(ids)})`,
    [...ids]
  )
}

/** Gives a list to a customer (from a guest). */
async function reown(manager: Manager, id: string, customerId: string, isDefault: boolean): Promise<void> {
  await manager.execute(
    "UPDATE tp_wishlist SET customer_id = ?, guest_key = NULL, is_default = ?, updated_at = now() WHERE id = ?",
    [customerId, isDefault, id]
  )
}

/** Writes snapshot rows back as they were (compensation). */
async function restore(manager: Manager, rows: readonly WishlistRow[]): Promise<void> {
  const sets = RESTORABLE_COLUMNS.map((column) => `${column} = ?`).join(", ")
  for (const row of rows) {
    await manager.execute(`UPDATE tp_wishlist SET ${sets}, updated_at = now() WHERE id = ?`, [
      ...RESTORABLE_COLUMNS.map((column) => row[column]),
      row.id,
    ])
  }
}

/** Deletes rows for good: compensation of lists a failed workflow created. */
async function erase(manager: Manager, ids: readonly string[]): Promise<void> {
  if (!ids.length) return
  await manager.execute(`DELETE FROM tp_wishlist WHERE id IN (${marks(ids)})`, [...ids])
}

export const wishlistLists = {
  ofOwner,
  ownedOne,
  countOf,
  nameTaken,
  nameKeysOf,
  lockOwner,
  lockLive,
  lockOwned,
  insert,
  rename,
  softDelete,
  reown,
  restore,
  erase,
}
