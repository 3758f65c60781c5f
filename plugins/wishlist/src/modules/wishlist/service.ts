import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { PersonalDataSubject } from "@touchpoints/core/lib"
import { deletePersonalRows, readPersonalRows } from "@touchpoints/core/lib"
import { guestKeyOf } from "../../lib/tokens"
import { planMerge } from "./lib/merge-plan"
import { nameKey, ownerColumns, ownerCondition, ownerLockKey } from "./lib/owner"
import type { ItemRow, Limits, NewItem, Owner, Snapshot, Watch, WishlistRow, WishlistWithItems } from "./lib/types"
import { Wishlist } from "./models/wishlist"
import { WishlistAlert } from "./models/wishlist-alert"
import { WishlistItem } from "./models/wishlist-item"
import { parseWishlistOptions, type WishlistOptions } from "./options"
import { wishlistPersonalData } from "./repositories/personal-data"

type Manager = SqlEntityManager

/** `?, ?, ?` for an IN list (knex raw bindings take one value per mark). */
const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ")
const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value))

const LIVE_LIST = "deleted_at IS NULL"
const ACTIVE_ITEM = "removed_at IS NULL AND deleted_at IS NULL"
/** Item columns a compensation writes back from a snapshot. */
const RESTORABLE_ITEM_COLUMNS = [
  "wishlist_id",
  "quantity",
  "note",
  "line_metadata",
  "removed_at",
  "removal",
  "moved_to_cart_id",
] as const
const RESTORABLE_LIST_COLUMNS = [
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

export type ItemChange = { item: ItemRow; snapshot: Snapshot }
export type MergeResult = { lists: number; items: number; snapshot: Snapshot }
export type WatchedItem = Pick<
  ItemRow,
  "id" | "wishlist_id" | "variant_id" | "product_id" | "saved_price" | "watch"
> & {
  customer_id: string | null
}

/**
 * Wishlists and their items. Every write is one transaction of plain SQL that serializes on the owner
 * (advisory lock) or the list row, so concurrent requests of one shopper, two server instances and two
 * workers stay consistent; each write returns a snapshot that `restore` writes back (workflow compensation).
 */
export default class WishlistModuleService extends MedusaService({ Wishlist, WishlistItem, WishlistAlert }) {
  readonly settings: WishlistOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    super(container)
    this.settings = parseWishlistOptions(options)
  }

  get limits(): Limits {
    return this.settings.limits
  }

  // ---- reads ----

  /** The owner's live lists with their active items, default list first. */
  @InjectManager()
  async listOwned(owner: Owner, @MedusaContext() sharedContext: Context = {}): Promise<WishlistWithItems[]> {
    const manager = sharedContext.manager as Manager
    const [condition, binding] = ownerCondition(owner)
    const lists = await manager.execute<WishlistRow[]>(
      `SELECT * FROM tp_wishlist WHERE ${condition} AND ${LIVE_LIST} ORDER BY is_default DESC, created_at, id`,
      [binding]
    )
    return this.withItems(manager, lists)
  }

  /**
   * The products a shopper has saved (active items of all their lists, most recent first): for other
   * touchpoints that personalise. A guest is known only by a guest token this shop signed; anything else
   * reads nothing.
   */
  @InjectManager()
  async savedProductIds(
    input: { customerId?: string | null; guestToken?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const guestKey = input.guestToken ? guestKeyOf(this.settings.share.keys, input.guestToken) : null
    const owner: Owner | null = input.customerId
      ? { kind: "customer", customerId: input.customerId }
      : guestKey
        ? { kind: "guest", guestKey }
        : null
    if (!owner) return []
    const items = (await this.listOwned(owner, sharedContext)).flatMap((list) => list.items)
    const recent = items.sort((a, b) => new Date(b.saved_at).getTime() - new Date(a.saved_at).getTime())
    return [...new Set(recent.map((item) => item.product_id).filter((id): id is string => !!id))]
  }

  /** One of the owner's lists (`default` names the default list), or null: never another shopper's. */
  @InjectManager()
  async retrieveOwned(
    owner: Owner,
    idOrDefault: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<WishlistWithItems | null> {
    const manager = sharedContext.manager as Manager
    const [condition, binding] = ownerCondition(owner)
    const which = idOrDefault === "default" ? "is_default = true" : "id = ?"
    const lists = await manager.execute<WishlistRow[]>(
      `SELECT * FROM tp_wishlist WHERE ${condition} AND ${which} AND ${LIVE_LIST}`,
      idOrDefault === "default" ? [binding] : [binding, idOrDefault]
    )
    return (await this.withItems(manager, lists))[0] ?? null
  }

  /** The list behind a live, unexpired share nonce. */
  @InjectManager()
  async retrieveShared(nonce: string, @MedusaContext() sharedContext: Context = {}): Promise<WishlistWithItems | null> {
    const manager = sharedContext.manager as Manager
    const lists = await manager.execute<WishlistRow[]>(
      `SELECT * FROM tp_wishlist WHERE share_nonce = ? AND share_expires_at > now() AND ${LIVE_LIST}`,
      [nonce]
    )
    return (await this.withItems(manager, lists))[0] ?? null
  }

  /** How many shoppers' lists hold each variant right now. */
  @InjectManager()
  async countSavers(
    variantIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const manager = sharedContext.manager as Manager
    const counts = Object.fromEntries(variantIds.map((id) => [id, 0]))
    if (!variantIds.length) return counts
    const rows = await manager.execute<{ variant_id: string; savers: string }[]>(
      `SELECT i.variant_id, count(DISTINCT coalesce(w.customer_id, w.guest_key)) AS savers
       FROM tp_wishlist_item i JOIN tp_wishlist w ON w.id = i.wishlist_id AND w.deleted_at IS NULL
       WHERE i.variant_id IN (${marks(variantIds)}) AND i.removed_at IS NULL AND i.deleted_at IS NULL
       GROUP BY i.variant_id`,
      variantIds
    )
    for (const row of rows) counts[row.variant_id] = Number(row.savers)
    return counts
  }

  // ---- lists ----

  /** The owner's default list, made on first use. */
  @InjectTransactionManager()
  async ensureDefault(
    owner: Owner,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ wishlist: WishlistRow; created: boolean }> {
    const manager = sharedContext.transactionManager as Manager
    await this.lockOwner(manager, owner)
    const [condition, binding] = ownerCondition(owner)
    const [existing] = await manager.execute<WishlistRow[]>(
      `SELECT * FROM tp_wishlist WHERE ${condition} AND is_default = true AND ${LIVE_LIST}`,
      [binding]
    )
    if (existing) return { wishlist: existing, created: false }
    const name = await this.freeName(manager, owner, this.settings.defaultListName)
    return { wishlist: await this.insertList(manager, owner, name, true), created: true }
  }

  @InjectTransactionManager()
  async createList(owner: Owner, name: string, @MedusaContext() sharedContext: Context = {}): Promise<WishlistRow> {
    const manager = sharedContext.transactionManager as Manager
    await this.lockOwner(manager, owner)
    const [condition, binding] = ownerCondition(owner)
    const [{ lists }] = await manager.execute<{ lists: string }[]>(
      `SELECT count(*) AS lists FROM tp_wishlist WHERE ${condition} AND ${LIVE_LIST}`,
      [binding]
    )
    if (Number(lists) >= this.limits.listsPerShopper) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A shopper can keep at most ${this.limits.listsPerShopper} lists: delete one first`
      )
    }
    await this.assertNameFree(manager, owner, name, null)
    return this.insertList(manager, owner, name.trim(), false)
  }

  @InjectTransactionManager()
  async renameList(
    owner: Owner,
    id: string,
    name: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ wishlist: WishlistRow; snapshot: Snapshot }> {
    const manager = sharedContext.transactionManager as Manager
    await this.lockOwner(manager, owner)
    const before = await this.lockOwnedList(manager, owner, id)
    await this.assertNameFree(manager, owner, name, before.id)
    const [wishlist] = await manager.execute<WishlistRow[]>(
      "UPDATE tp_wishlist SET name = ?, name_key = ?, updated_at = now() WHERE id = ? RETURNING *",
      [name.trim(), nameKey(name), before.id]
    )
    return { wishlist, snapshot: { lists: [before] } }
  }

  /** Deletes a named list; its items leave with removal "removed". The default list cannot be deleted. */
  @InjectTransactionManager()
  async deleteList(owner: Owner, id: string, @MedusaContext() sharedContext: Context = {}): Promise<Snapshot> {
    const manager = sharedContext.transactionManager as Manager
    await this.lockOwner(manager, owner)
    const before = await this.lockOwnedList(manager, owner, id)
    if (before.is_default) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The default list cannot be deleted: remove its items instead"
      )
    }
    const items = await manager.execute<ItemRow[]>(
      `SELECT * FROM tp_wishlist_item WHERE wishlist_id = ? AND ${ACTIVE_ITEM} FOR UPDATE`,
      [before.id]
    )
    await manager.execute(
      `UPDATE tp_wishlist_item SET removed_at = now(), removal = 'removed', updated_at = now()
       WHERE wishlist_id = ? AND ${ACTIVE_ITEM}`,
      [before.id]
    )
    await manager.execute(
      "UPDATE tp_wishlist SET deleted_at = now(), share_nonce = NULL, updated_at = now() WHERE id = ?",
      [before.id]
    )
    return { lists: [before], items }
  }

  /** Starts (or rotates) sharing: a new nonce kills every earlier link. */
  @InjectTransactionManager()
  async share(
    owner: Owner,
    id: string,
    share: { nonce: string; expiresAt: Date } | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ wishlist: WishlistRow; snapshot: Snapshot }> {
    const manager = sharedContext.transactionManager as Manager
    const before = await this.lockOwnedList(manager, owner, id)
    const [wishlist] = await manager.execute<WishlistRow[]>(
      `UPDATE tp_wishlist SET share_nonce = ?, share_expires_at = ?, shared_at = ${share ? "now()" : "NULL"},
       updated_at = now() WHERE id = ? RETURNING *`,
      [share?.nonce ?? null, share?.expiresAt ?? null, before.id]
    )
    return { wishlist, snapshot: { lists: [before] } }
  }

  // ---- items ----

  /**
   * Adds a variant to a list, or adds the quantity to the item already holding that variant (note and
   * metadata are replaced when given). Over the quantity or item limit: 400 and nothing changes.
   */
  @InjectTransactionManager()
  async addItem(wishlistId: string, input: NewItem, @MedusaContext() sharedContext: Context = {}): Promise<ItemChange> {
    const manager = sharedContext.transactionManager as Manager
    await this.lockList(manager, wishlistId)
    const [existing] = await manager.execute<ItemRow[]>(
      `SELECT * FROM tp_wishlist_item WHERE wishlist_id = ? AND variant_id = ? AND ${ACTIVE_ITEM}`,
      [wishlistId, input.variant_id]
    )
    if (existing) {
      const quantity = existing.quantity + input.quantity
      this.assertQuantity(quantity)
      const [item] = await manager.execute<ItemRow[]>(
        `UPDATE tp_wishlist_item SET quantity = ?, note = coalesce(?, note),
         line_metadata = coalesce(?::jsonb, line_metadata), updated_at = now() WHERE id = ? RETURNING *`,
        [quantity, input.note ?? null, json(input.line_metadata), existing.id]
      )
      return { item, snapshot: { items: [existing] } }
    }
    this.assertQuantity(input.quantity)
    const [{ items }] = await manager.execute<{ items: string }[]>(
      `SELECT count(*) AS items FROM tp_wishlist_item WHERE wishlist_id = ? AND ${ACTIVE_ITEM}`,
      [wishlistId]
    )
    if (Number(items) >= this.limits.itemsPerList) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A list holds at most ${this.limits.itemsPerList} items: remove some first`
      )
    }
    const item = await this.insertItem(manager, wishlistId, input)
    return { item, snapshot: { createdItemIds: [item.id] } }
  }

  @InjectTransactionManager()
  async updateItem(
    wishlistId: string,
    itemId: string,
    patch: { quantity?: number; note?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ItemChange> {
    const manager = sharedContext.transactionManager as Manager
    const before = await this.lockActiveItem(manager, wishlistId, itemId)
    if (patch.quantity !== undefined) this.assertQuantity(patch.quantity)
    const [item] = await manager.execute<ItemRow[]>(
      `UPDATE tp_wishlist_item SET quantity = ?, note = ?, updated_at = now() WHERE id = ? RETURNING *`,
      [patch.quantity ?? before.quantity, patch.note === undefined ? before.note : patch.note, before.id]
    )
    return { item, snapshot: { items: [before] } }
  }

  /**
   * Takes an active item out of its list. A compare-and-set on `removed_at`: of two concurrent moves
   * of one item exactly one gets it; the other gets a 409.
   */
  @InjectTransactionManager()
  async takeItem(
    wishlistId: string,
    itemId: string,
    removal: { kind: "removed" } | { kind: "moved_to_cart"; cartId: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ItemChange> {
    const manager = sharedContext.transactionManager as Manager
    const [before] = await manager.execute<ItemRow[]>(
      "SELECT * FROM tp_wishlist_item WHERE id = ? AND wishlist_id = ? AND deleted_at IS NULL",
      [itemId, wishlistId]
    )
    if (!before || before.removal === "merged") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wishlist item ${itemId} was not found`)
    }
    const [item] = await manager.execute<ItemRow[]>(
      `UPDATE tp_wishlist_item SET removed_at = now(), removal = ?, moved_to_cart_id = ?, updated_at = now()
       WHERE id = ? AND ${ACTIVE_ITEM} RETURNING *`,
      [removal.kind, removal.kind === "moved_to_cart" ? removal.cartId : null, itemId]
    )
    if (!item) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Wishlist item ${itemId} has just been ${before.removal === "moved_to_cart" ? "moved to a cart" : "removed"}`
      )
    }
    return { item, snapshot: { items: [before] } }
  }

  /** Writes a snapshot back: compensation of every write above. */
  @InjectTransactionManager()
  async restore(snapshot: Snapshot, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as Manager
    if (snapshot.createdItemIds?.length) {
      const ids = snapshot.createdItemIds
      await manager.execute(`DELETE FROM tp_wishlist_item WHERE id IN (${marks(ids)})`, ids)
    }
    for (const list of snapshot.lists ?? []) {
      const sets = RESTORABLE_LIST_COLUMNS.map((column) => `${column} = ?`).join(", ")
      await manager.execute(`UPDATE tp_wishlist SET ${sets}, updated_at = now() WHERE id = ?`, [
        ...RESTORABLE_LIST_COLUMNS.map((column) => list[column]),
        list.id,
      ])
    }
    for (const item of snapshot.items ?? []) {
      const sets = RESTORABLE_ITEM_COLUMNS.map((column) =>
        column === "line_metadata" ? `${column} = ?::jsonb` : `${column} = ?`
      ).join(", ")
      await manager.execute(`UPDATE tp_wishlist_item SET ${sets}, updated_at = now() WHERE id = ?`, [
        ...RESTORABLE_ITEM_COLUMNS.map((column) => (column === "line_metadata" ? json(item[column]) : item[column])),
        item.id,
      ])
    }
    if (snapshot.createdListIds?.length) {
      const ids = snapshot.createdListIds
      await manager.execute(`DELETE FROM tp_wishlist WHERE id IN (${marks(ids)})`, ids)
    }
  }

  // ---- merge ----

  /** Moves a guest's lists into the customer's (see `planMerge`). Idempotent: a merged guest has no lists. */
  @InjectTransactionManager()
  async mergeGuest(
    input: { guestKey: string; customerId: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MergeResult> {
    const manager = sharedContext.transactionManager as Manager
    const guest: Owner = { kind: "guest", guestKey: input.guestKey }
    const customer: Owner = { kind: "customer", customerId: input.customerId }
    for (const owner of [guest, customer].sort((a, b) => ownerLockKey(a).localeCompare(ownerLockKey(b)))) {
      await this.lockOwner(manager, owner)
    }
    const guestLists = await this.withItems(
      manager,
      await manager.execute<WishlistRow[]>(`SELECT * FROM tp_wishlist WHERE guest_key = ? AND ${LIVE_LIST}`, [
        input.guestKey,
      ])
    )
    if (!guestLists.length) return { lists: 0, items: 0, snapshot: {} }
    const customerLists = await this.withItems(
      manager,
      await manager.execute<WishlistRow[]>(`SELECT * FROM tp_wishlist WHERE customer_id = ? AND ${LIVE_LIST}`, [
        input.customerId,
      ])
    )
    const plan = planMerge({
      guestLists,
      customerLists,
      maxQuantity: this.limits.maxQuantity,
      listsPerShopper: this.limits.listsPerShopper,
    })
    const snapshot: Snapshot = {
      lists: guestLists.map(({ items: _items, ...list }) => list),
      items: [...guestLists, ...customerLists].flatMap((list) => list.items),
    }
    for (const { listId, keepDefault } of plan.reown) {
      await manager.execute(
        "UPDATE tp_wishlist SET customer_id = ?, guest_key = NULL, is_default = ?, updated_at = now() WHERE id = ?",
        [input.customerId, keepDefault, listId]
      )
    }
    for (const { itemId, toListId } of plan.moveItems) {
      await manager.execute("UPDATE tp_wishlist_item SET wishlist_id = ?, updated_at = now() WHERE id = ?", [
        toListId,
        itemId,
      ])
    }
    if (plan.retireItems.length) {
      await manager.execute(
        `UPDATE tp_wishlist_item SET removed_at = now(), removal = 'merged', updated_at = now()
         WHERE id IN (${marks(plan.retireItems)})`,
        plan.retireItems
      )
    }
    for (const { itemId, quantity, note } of plan.bumpItems) {
      await manager.execute("UPDATE tp_wishlist_item SET quantity = ?, note = ?, updated_at = now() WHERE id = ?", [
        quantity,
        note,
        itemId,
      ])
    }
    if (plan.deleteLists.length) {
      await manager.execute(
        `UPDATE tp_wishlist SET deleted_at = now(), share_nonce = NULL, updated_at = now()
         WHERE id IN (${marks(plan.deleteLists)})`,
        plan.deleteLists
      )
    }
    return { lists: guestLists.length, items: plan.movedItemCount, snapshot }
  }

  // ---- purchases and statistics ----

  /**
   * Marks saved items as bought by an order: items the same customer saved before the order with one of
   * its variants, and items moved into the order's cart. Returns how many were marked.
   */
  @InjectTransactionManager()
  async markPurchased(
    order: { orderId: string; customerId: string | null; cartId: string | null; variantIds: string[]; placedAt: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const manager = sharedContext.transactionManager as Manager
    const conditions: string[] = []
    const bindings: unknown[] = [order.placedAt, order.orderId]
    if (order.cartId) {
      conditions.push("i.moved_to_cart_id = ?")
      bindings.push(order.cartId)
    }
    if (order.customerId && order.variantIds.length) {
      conditions.push(`(i.variant_id IN (${marks(order.variantIds)}) AND i.saved_at <= ? AND EXISTS (
        SELECT 1 FROM tp_wishlist w WHERE w.id = i.wishlist_id AND w.customer_id = ?))`)
      bindings.push(...order.variantIds, order.placedAt, order.customerId)
    }
    if (!conditions.length) return 0
    const marked = await manager.execute<{ id: string }[]>(
      `UPDATE tp_wishlist_item i SET purchased_at = ?, purchase_order_id = ?, updated_at = now()
       WHERE i.purchased_at IS NULL AND i.deleted_at IS NULL AND i.removal IS DISTINCT FROM 'merged'
       AND (${conditions.join(" OR ")}) RETURNING i.id`,
      bindings
    )
    return marked.length
  }

  /** Undoes `markPurchased` for one order (compensation). */
  @InjectTransactionManager()
  async unmarkPurchased(orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as Manager
    await manager.execute(
      "UPDATE tp_wishlist_item SET purchased_at = NULL, purchase_order_id = NULL WHERE purchase_order_id = ?",
      [orderId]
    )
  }

  @InjectManager()
  async statistics(
    input: { since: Date | null; limit: number; productId?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ totals: Record<string, number>; products: Record<string, unknown>[] }> {
    const manager = sharedContext.manager as Manager
    const since = input.since ?? new Date(0)
    const counted = "i.deleted_at IS NULL AND i.removal IS DISTINCT FROM 'merged' AND i.saved_at >= ?"
    const [totals] = await manager.execute<Record<string, string>[]>(
      `SELECT
         (SELECT count(*) FROM tp_wishlist WHERE deleted_at IS NULL) AS lists,
         (SELECT count(DISTINCT coalesce(customer_id, guest_key)) FROM tp_wishlist WHERE deleted_at IS NULL) AS shoppers,
         count(*) AS saved_items,
         count(*) FILTER (WHERE i.removed_at IS NULL) AS active_items,
         count(*) FILTER (WHERE i.purchased_at IS NOT NULL) AS purchased_items
       FROM tp_wishlist_item i WHERE ${counted}`,
      [since]
    )
    const products = await manager.execute<Record<string, string | null>[]>(
      `SELECT i.product_id, max(i.product_title) AS title, count(*) AS saves,
         count(*) FILTER (WHERE i.removed_at IS NULL) AS active,
         count(*) FILTER (WHERE i.purchased_at IS NOT NULL) AS purchased
       FROM tp_wishlist_item i WHERE ${counted} AND i.product_id IS NOT NULL ${input.productId ? "AND i.product_id = ?" : ""}
       GROUP BY i.product_id ORDER BY count(*) DESC, i.product_id LIMIT ?`,
      input.productId ? [since, input.productId, input.limit] : [since, input.limit]
    )
    const rate = (purchased: number, saved: number) => (saved ? Math.round((purchased / saved) * 10_000) / 10_000 : 0)
    const savedItems = Number(totals.saved_items)
    return {
      totals: {
        lists: Number(totals.lists),
        shoppers: Number(totals.shoppers),
        active_items: Number(totals.active_items),
        saved_items: savedItems,
        purchased_items: Number(totals.purchased_items),
        conversion_rate: rate(Number(totals.purchased_items), savedItems),
      },
      products: products.map((row) => ({
        product_id: row.product_id,
        title: row.title,
        saves: Number(row.saves),
        active: Number(row.active),
        purchased: Number(row.purchased),
        conversion_rate: rate(Number(row.purchased), Number(row.saves)),
      })),
    }
  }

  // ---- alerts ----

  /** A page of active items (by id) for the alert check, optionally only some variants. */
  @InjectManager()
  async listWatched(
    input: { afterId: string | null; limit: number; variantIds?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<WatchedItem[]> {
    const manager = sharedContext.manager as Manager
    const bindings: unknown[] = [input.afterId ?? ""]
    let variantFilter = ""
    if (input.variantIds) {
      if (!input.variantIds.length) return []
      variantFilter = `AND i.variant_id IN (${marks(input.variantIds)})`
      bindings.push(...input.variantIds)
    }
    bindings.push(input.limit)
    return manager.execute<WatchedItem[]>(
      `SELECT i.id, i.wishlist_id, i.variant_id, i.product_id, i.saved_price, i.watch, w.customer_id
       FROM tp_wishlist_item i JOIN tp_wishlist w ON w.id = i.wishlist_id AND w.deleted_at IS NULL
       WHERE i.id > ? AND i.removed_at IS NULL AND i.deleted_at IS NULL ${variantFilter}
       ORDER BY i.id LIMIT ?`,
      bindings
    )
  }

  /** Replaces an item's watch only if it still is `expected`: the caller that wins emits the alert. */
  @InjectTransactionManager()
  async compareAndSetWatch(
    itemId: string,
    expected: Watch | null,
    next: Watch | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as Manager
    const updated = await manager.execute<{ id: string }[]>(
      `UPDATE tp_wishlist_item SET watch = ?::jsonb WHERE id = ? AND watch IS NOT DISTINCT FROM ?::jsonb RETURNING id`,
      [json(next), itemId, json(expected)]
    )
    return updated.length === 1
  }

  // ---- internals ----

  protected async withItems(manager: Manager, lists: WishlistRow[]): Promise<WishlistWithItems[]> {
    if (!lists.length) return []
    const ids = lists.map((list) => list.id)
    const items = await manager.execute<ItemRow[]>(
      `SELECT * FROM tp_wishlist_item WHERE wishlist_id IN (${marks(ids)}) AND ${ACTIVE_ITEM}
       ORDER BY saved_at DESC, id DESC`,
      ids
    )
    return lists.map((list) => ({ ...list, items: items.filter((item) => item.wishlist_id === list.id) }))
  }

  protected async lockOwner(manager: Manager, owner: Owner): Promise<void> {
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [ownerLockKey(owner)])
  }

  protected async lockList(manager: Manager, wishlistId: string): Promise<WishlistRow> {
    const [list] = await manager.execute<WishlistRow[]>(
      `SELECT * FROM tp_wishlist WHERE id = ? AND ${LIVE_LIST} FOR UPDATE`,
      [wishlistId]
    )
    if (!list) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wishlist ${wishlistId} was not found`)
    return list
  }

  /** One of the owner's lists (`default` names the default list), locked; else a 404. */
  protected async lockOwnedList(manager: Manager, owner: Owner, id: string): Promise<WishlistRow> {
    const [condition, binding] = ownerCondition(owner)
    const which = id === "default" ? "is_default = true" : "id = ?"
    const [list] = await manager.execute<WishlistRow[]>(
      `SELECT * FROM tp_wishlist WHERE ${which} AND ${condition} AND ${LIVE_LIST} FOR UPDATE`,
      id === "default" ? [binding] : [id, binding]
    )
    if (!list) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wishlist ${id} was not found`)
    return list
  }

  protected async lockActiveItem(manager: Manager, wishlistId: string, itemId: string): Promise<ItemRow> {
    const [item] = await manager.execute<ItemRow[]>(
      `SELECT * FROM tp_wishlist_item WHERE id = ? AND wishlist_id = ? AND ${ACTIVE_ITEM} FOR UPDATE`,
      [itemId, wishlistId]
    )
    if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wishlist item ${itemId} was not found`)
    return item
  }

  protected assertQuantity(quantity: number): void {
    if (quantity > this.limits.maxQuantity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `quantity: an item holds at most ${this.limits.maxQuantity} (this would make ${quantity})`
      )
    }
  }

  protected async assertNameFree(manager: Manager, owner: Owner, name: string, exceptId: string | null) {
    const [condition, binding] = ownerCondition(owner)
    const [taken] = await manager.execute<{ id: string }[]>(
      `SELECT id FROM tp_wishlist WHERE ${condition} AND name_key = ? AND ${LIVE_LIST} AND id <> ?`,
      [binding, nameKey(name), exceptId ?? ""]
    )
    if (taken) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `A list named "${name.trim()}" already exists`)
    }
  }

  /** The default name, or "<name> (2)"... when the shopper already named a list like that. */
  protected async freeName(manager: Manager, owner: Owner, name: string): Promise<string> {
    const [condition, binding] = ownerCondition(owner)
    const taken = await manager.execute<{ name_key: string }[]>(
      `SELECT name_key FROM tp_wishlist WHERE ${condition} AND ${LIVE_LIST}`,
      [binding]
    )
    const keys = new Set(taken.map((row) => row.name_key))
    let candidate = name
    for (let suffix = 2; keys.has(nameKey(candidate)); suffix += 1) candidate = `${name} (${suffix})`
    return candidate
  }

  protected async insertList(manager: Manager, owner: Owner, name: string, isDefault: boolean): Promise<WishlistRow> {
    const { customer_id, guest_key } = ownerColumns(owner)
    const [list] = await manager.execute<WishlistRow[]>(
      `INSERT INTO tp_wishlist (id, customer_id, guest_key, name, name_key, is_default, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, now(), now()) RETURNING *`,
      [generateEntityId(undefined, "wl"), customer_id, guest_key, name, nameKey(name), isDefault]
    )
    return list
  }

  protected async insertItem(manager: Manager, wishlistId: string, input: NewItem): Promise<ItemRow> {
    const [item] = await manager.execute<ItemRow[]>(
      `INSERT INTO tp_wishlist_item (id, wishlist_id, variant_id, product_id, quantity, note, line_metadata,
         saved_price, product_title, variant_title, product_handle, variant_sku, thumbnail, source, watch,
         saved_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::jsonb, now(), now(), now()) RETURNING *`,
      [
        generateEntityId(undefined, "wli"),
        wishlistId,
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
    return item
  }

  /** Everything the wishlist keeps about a person (core's personal-data export). */
  @InjectManager()
  async personalDataOf(subject: PersonalDataSubject, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as Manager
    const lists = await wishlistPersonalData.listIds(manager, subject)
    return readPersonalRows(manager, wishlistPersonalData.kinds(subject, lists))
  }

  /** Deletes it (rows, not a soft delete); a second run finds nothing. */
  @InjectTransactionManager()
  async erasePersonalData(subject: PersonalDataSubject, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as Manager
    const lists = await wishlistPersonalData.listIds(manager, subject)
    return deletePersonalRows(manager, wishlistPersonalData.kinds(subject, lists))
  }
}
