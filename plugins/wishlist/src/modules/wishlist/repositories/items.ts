import { generateEntityId } from "@medusajs/framework/utils"
import { ACTIVE_ITEM, json, type Manager, marks } from "../lib/sql"
import type { ItemRow, NewItem } from "../lib/types"

// SQL of tp_wishlist_item: the items of lists, read, locked and written. Items are never deleted when they
// leave a list (`removed_at` + `removal` say how), except a compensation erasing items a failed workflow
// created. The rules (limits, quantities, who may take an item) are the service's. One exported object: Medusa
// registers every function exported from a module's `repositories/` as a repository class.

/** Columns a compensation writes back from a snapshot. */
const RESTORABLE_COLUMNS = [
  "wishlist_id",
  "quantity",
  "note",
  "line_metadata",
  "removed_at",
  "removal",
  "moved_to_cart_id",
] as const

/** The active items of these lists, most recently saved first. */
async function activeOf(manager: Manager, listIds: readonly string[]): Promise<ItemRow[]> {
  if (!listIds.length) return []
  return manager.execute<ItemRow[]>(
    `SELECT * FROM tp_wishlist_item WHERE wishlist_id IN (${marks(listIds)}) AND ${ACTIVE_ITEM}
     ORDER BY saved_at DESC, id DESC`,
    [...listIds]
  )
}

/** The active item of a list that holds this variant. */
async function activeOfVariant(manager: Manager, listId: string, variantId: string): Promise<ItemRow | undefined> {
  const [row] = await manager.execute<ItemRow[]>(
    `SELECT * FROM tp_wishlist_item WHERE wishlist_id = ? AND variant_id = ? AND ${ACTIVE_ITEM}`,
    [listId, variantId]
  )
  return row
}

/** How many active items a list holds. */
async function countActive(manager: Manager, listId: string): Promise<number> {
  const [{ items }] = await manager.execute<{ items: string }[]>(
    `SELECT count(*) AS items FROM tp_wishlist_item WHERE wishlist_id = ? AND ${ACTIVE_ITEM}`,
    [listId]
  )
  return Number(items)
}

/** An item of a list whatever its state (not deleted). */
async function liveOne(manager: Manager, listId: string, itemId: string): Promise<ItemRow | undefined> {
  const [row] = await manager.execute<ItemRow[]>(
    "SELECT * FROM tp_wishlist_item WHERE id = ? AND wishlist_id = ? AND deleted_at IS NULL",
    [itemId, listId]
  )
  return row
}

/** An active item of a list, row-locked until the transaction ends. */
async function lockActive(manager: Manager, listId: string, itemId: string): Promise<ItemRow | undefined> {
  const [row] = await manager.execute<ItemRow[]>(
    `SELECT * FROM tp_wishlist_item WHERE id = ? AND wishlist_id = ? AND ${ACTIVE_ITEM} FOR UPDATE`,
    [itemId, listId]
  )
  return row
}

/** Every active item of a list, row-locked until the transaction ends. */
async function lockActiveOf(manager: Manager, listId: string): Promise<ItemRow[]> {
  return manager.execute<ItemRow[]>(
    `SELECT * FROM tp_wishlist_item WHERE wishlist_id = ? AND ${ACTIVE_ITEM} FOR UPDATE`,
    [listId]
  )
}

async function insert(manager: Manager, listId: string, input: NewItem): Promise<ItemRow> {
  const [row] = await manager.execute<ItemRow[]>(
    `INSERT INTO tp_wishlist_item (id, wishlist_id, variant_id, product_id, quantity, note, line_metadata,
       saved_price, product_title, variant_title, product_handle, variant_sku, thumbnail, source, watch,
       saved_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::jsonb, now(), now(), now()) RETURNING *`,
    [
      generateEntityId(undefined, "wli"),
      listId,
      input.variant_id,
      input.product_id,
      input.quantity,
      input.note ?? null,
      json(input.line_metadata),
      json(input.saved_price),
      input.product_title,
      input.variant_title,
      input.product_handle,
      input.variant_sku,
      input.thumbnail,
      input.source,
      json(input.watch),
    ]
  )
  return row
}

/** Sets a quantity and replaces note and line metadata only when given (a second save of the same variant). */
async function resave(
  manager: Manager,
  id: string,
  change: { quantity: number; note?: string | null; line_metadata?: Record<string, unknown> | null }
): Promise<ItemRow> {
  const [row] = await manager.execute<ItemRow[]>(
    `UPDATE tp_wishlist_item SET quantity = ?, note = coalesce(?, note),
     line_metadata = coalesce(?::jsonb, line_metadata), updated_at = now() WHERE id = ? RETURNING *`,
    [change.quantity, change.note ?? null, json(change.line_metadata), id]
  )
  return row
}

/** Sets an item's quantity and note. */
async function update(manager: Manager, id: string, quantity: number, note: string | null): Promise<ItemRow> {
  const [row] = await manager.execute<ItemRow[]>(
    "UPDATE tp_wishlist_item SET quantity = ?, note = ?, updated_at = now() WHERE id = ? RETURNING *",
    [quantity, note, id]
  )
  return row
}

/**
 * Takes an item out of its list if it is still active (a compare-and-set on `removed_at`): of two concurrent
 * takes exactly one gets the row back, the other undefined.
 */
async function take(
  manager: Manager,
  id: string,
  removal: "removed" | "moved_to_cart",
  cartId: string | null
): Promise<ItemRow | undefined> {
  const [row] = await manager.execute<ItemRow[]>(
    `UPDATE tp_wishlist_item SET removed_at = now(), removal = ?, moved_to_cart_id = ?, updated_at = now()
     WHERE id = ? AND ${ACTIVE_ITEM} RETURNING *`,
    [removal, cartId, id]
  )
  return row
}

/** Marks every active item of a list removed (the list is being deleted). */
async function removeAllOf(manager: Manager, listId: string): Promise<void> {
  await manager.execute(
    `UPDATE tp_wishlist_item SET removed_at = now(), removal = 'removed', updated_at = now()
     WHERE wishlist_id = ? AND ${ACTIVE_ITEM}`,
    [listId]
  )
}

/** Moves an item into another list. */
async function moveTo(manager: Manager, id: string, listId: string): Promise<void> {
  await manager.execute("UPDATE tp_wishlist_item SET wishlist_id = ?, updated_at = now() WHERE id = ?", [listId, id])
}

/** Retires items absorbed by another item in a merge (kept as history with removal "merged"). */
async function retireMerged(manager: Manager, ids: readonly string[]): Promise<void> {
  if (!ids.length) return
  await manager.execute(
    `UPDATE tp_wishlist_item SET removed_at = now(), removal = 'merged', updated_at = now()
     WHERE id IN (${marks(ids)})`,
    [...ids]
  )
}

/** Writes snapshot rows back as they were (compensation). */
async function restore(manager: Manager, rows: readonly ItemRow[]): Promise<void> {
  const sets = RESTORABLE_COLUMNS.map((column) =>
    column === "line_metadata" ? `${column} = ?::jsonb` : `${column} = ?`
  ).join(", ")
  for (const row of rows) {
    await manager.execute(`UPDATE tp_wishlist_item SET ${sets}, updated_at = now() WHERE id = ?`, [
      ...RESTORABLE_COLUMNS.map((column) => (column === "line_metadata" ? json(row[column]) : row[column])),
      row.id,
    ])
  }
}

/** Deletes rows for good: compensation of items a failed workflow created. */
async function erase(manager: Manager, ids: readonly string[]): Promise<void> {
  if (!ids.length) return
  await manager.execute(`DELETE FROM tp_wishlist_item WHERE id IN (${marks(ids)})`, [...ids])
}

export const wishlistItems = {
  activeOf,
  activeOfVariant,
  countActive,
  liveOne,
  lockActive,
  lockActiveOf,
  insert,
  resave,
  update,
  take,
  removeAllOf,
  moveTo,
  retireMerged,
  restore,
  erase,
}
