import type { Context } from "@medusajs/framework/types"
import {
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
import { nameKey, ownerColumns, ownerLockKey } from "./lib/owner"
import type { Manager } from "./lib/sql"
import type {
  ItemRow,
  Limits,
  NewItem,
  Owner,
  Snapshot,
  Watch,
  WatchedItem,
  WishlistRow,
  WishlistWithItems,
} from "./lib/types"
import { Wishlist } from "./models/wishlist"
import { WishlistAlert } from "./models/wishlist-alert"
import { WishlistItem } from "./models/wishlist-item"
import { parseWishlistOptions, type WishlistOptions } from "./options"
import { wishlistItems } from "./repositories/items"
import { wishlistLists } from "./repositories/lists"
import { wishlistPersonalData } from "./repositories/personal-data"
import { wishlistPurchases } from "./repositories/purchases"
import { wishlistShares } from "./repositories/shares"
import { wishlistStatistics } from "./repositories/statistics"
import { watchedItems } from "./repositories/watched-items"

export type ItemChange = { item: ItemRow; snapshot: Snapshot }
export type MergeResult = { lists: number; items: number; snapshot: Snapshot }

/**
 * Wishlists and their items. Every write is one transaction that serializes on the owner (advisory lock) or
 * the list row, so concurrent requests of one shopper, two server instances and two workers stay consistent;
 * each write returns a snapshot that `restore` writes back (workflow compensation). The SQL lives in
 * `repositories/`; this class keeps the rules (limits, names, ownership, merging, what a change may undo).
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
    return this.withItems(manager, await wishlistLists.ofOwner(manager, owner))
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
    return this.oneWithItems(manager, await wishlistLists.ownedOne(manager, owner, idOrDefault))
  }

  /** The list behind a live, unexpired share nonce. */
  @InjectManager()
  async retrieveShared(nonce: string, @MedusaContext() sharedContext: Context = {}): Promise<WishlistWithItems | null> {
    const manager = sharedContext.manager as Manager
    return this.oneWithItems(manager, await wishlistShares.listOfNonce(manager, nonce))
  }

  /** How many shoppers' lists hold each variant right now. */
  @InjectManager()
  async countSavers(
    variantIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const counts = Object.fromEntries(variantIds.map((id) => [id, 0]))
    const savers = await wishlistStatistics.saversByVariant(sharedContext.manager as Manager, variantIds)
    for (const [variantId, count] of savers) counts[variantId] = count
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
    await wishlistLists.lockOwner(manager, owner)
    const existing = await wishlistLists.ownedOne(manager, owner, "default")
    if (existing) return { wishlist: existing, created: false }
    const name = await this.freeName(manager, owner, this.settings.defaultListName)
    return { wishlist: await this.insertList(manager, owner, name, true), created: true }
  }

  @InjectTransactionManager()
  async createList(owner: Owner, name: string, @MedusaContext() sharedContext: Context = {}): Promise<WishlistRow> {
    const manager = sharedContext.transactionManager as Manager
    await wishlistLists.lockOwner(manager, owner)
    if ((await wishlistLists.countOf(manager, owner)) >= this.limits.listsPerShopper) {
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
    await wishlistLists.lockOwner(manager, owner)
    const before = await this.lockOwnedList(manager, owner, id)
    await this.assertNameFree(manager, owner, name, before.id)
    const wishlist = await wishlistLists.rename(manager, before.id, name.trim(), nameKey(name))
    return { wishlist, snapshot: { lists: [before] } }
  }

  /** Deletes a named list; its items leave with removal "removed". The default list cannot be deleted. */
  @InjectTransactionManager()
  async deleteList(owner: Owner, id: string, @MedusaContext() sharedContext: Context = {}): Promise<Snapshot> {
    const manager = sharedContext.transactionManager as Manager
    await wishlistLists.lockOwner(manager, owner)
    const before = await this.lockOwnedList(manager, owner, id)
    if (before.is_default) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The default list cannot be deleted: remove its items instead"
      )
    }
    const items = await wishlistItems.lockActiveOf(manager, before.id)
    await wishlistItems.removeAllOf(manager, before.id)
    await wishlistLists.softDelete(manager, [before.id])
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
    const wishlist = await wishlistShares.set(manager, before.id, share)
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
    const existing = await wishlistItems.activeOfVariant(manager, wishlistId, input.variant_id)
    if (existing) {
      const quantity = existing.quantity + input.quantity
      this.assertQuantity(quantity)
      const item = await wishlistItems.resave(manager, existing.id, {
        quantity,
        note: input.note,
        line_metadata: input.line_metadata,
      })
      return { item, snapshot: { items: [existing] } }
    }
    this.assertQuantity(input.quantity)
    if ((await wishlistItems.countActive(manager, wishlistId)) >= this.limits.itemsPerList) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A list holds at most ${this.limits.itemsPerList} items: remove some first`
      )
    }
    const item = await wishlistItems.insert(manager, wishlistId, input)
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
    const before = await wishlistItems.lockActive(manager, wishlistId, itemId)
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wishlist item ${itemId} was not found`)
    if (patch.quantity !== undefined) this.assertQuantity(patch.quantity)
    const item = await wishlistItems.update(
      manager,
      before.id,
      patch.quantity ?? before.quantity,
      patch.note === undefined ? before.note : patch.note
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
    const before = await wishlistItems.liveOne(manager, wishlistId, itemId)
    if (!before || before.removal === "merged") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wishlist item ${itemId} was not found`)
    }
    const cartId = removal.kind === "moved_to_cart" ? removal.cartId : null
    const item = await wishlistItems.take(manager, itemId, removal.kind, cartId)
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
    await wishlistItems.erase(manager, snapshot.createdItemIds ?? [])
    await wishlistLists.restore(manager, snapshot.lists ?? [])
    await wishlistItems.restore(manager, snapshot.items ?? [])
    await wishlistLists.erase(manager, snapshot.createdListIds ?? [])
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
    // both owners, always in the same order: two merges that cross never deadlock
    for (const owner of [guest, customer].sort((a, b) => ownerLockKey(a).localeCompare(ownerLockKey(b)))) {
      await wishlistLists.lockOwner(manager, owner)
    }
    const guestLists = await this.withItems(manager, await wishlistLists.ofOwner(manager, guest))
    if (!guestLists.length) return { lists: 0, items: 0, snapshot: {} }
    const customerLists = await this.withItems(manager, await wishlistLists.ofOwner(manager, customer))
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
      await wishlistLists.reown(manager, listId, input.customerId, keepDefault)
    }
    for (const { itemId, toListId } of plan.moveItems) await wishlistItems.moveTo(manager, itemId, toListId)
    await wishlistItems.retireMerged(manager, plan.retireItems)
    for (const { itemId, quantity, note } of plan.bumpItems) {
      await wishlistItems.update(manager, itemId, quantity, note)
    }
    await wishlistLists.softDelete(manager, plan.deleteLists)
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
    return (await wishlistPurchases.mark(sharedContext.transactionManager as Manager, order)).length
  }

  /** Undoes `markPurchased` for one order (compensation). */
  @InjectTransactionManager()
  async unmarkPurchased(orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await wishlistPurchases.unmark(sharedContext.transactionManager as Manager, orderId)
  }

  @InjectManager()
  async statistics(
    input: { since: Date | null; limit: number; productId?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ totals: Record<string, number>; products: Record<string, unknown>[] }> {
    const manager = sharedContext.manager as Manager
    const since = input.since ?? new Date(0)
    const totals = await wishlistStatistics.totals(manager, since)
    const products = await wishlistStatistics.topProducts(manager, {
      since,
      limit: input.limit,
      productId: input.productId ?? null,
    })
    const rate = (purchased: number, saved: number) => (saved ? Math.round((purchased / saved) * 10_000) / 10_000 : 0)
    return {
      totals: {
        lists: totals.lists,
        shoppers: totals.shoppers,
        active_items: totals.active_items,
        saved_items: totals.saved_items,
        purchased_items: totals.purchased_items,
        conversion_rate: rate(totals.purchased_items, totals.saved_items),
      },
      products: products.map((row) => ({ ...row, conversion_rate: rate(row.purchased, row.saves) })),
    }
  }

  // ---- alerts ----

  /** A page of active items (by id) for the alert check, optionally only some variants. */
  @InjectManager()
  async listWatched(
    input: { afterId: string | null; limit: number; variantIds?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<WatchedItem[]> {
    return watchedItems.page(sharedContext.manager as Manager, input)
  }

  /** Replaces an item's watch only if it still is `expected`: the caller that wins emits the alert. */
  @InjectTransactionManager()
  async compareAndSetWatch(
    itemId: string,
    expected: Watch | null,
    next: Watch | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return watchedItems.compareAndSet(sharedContext.transactionManager as Manager, itemId, expected, next)
  }

  // ---- personal data ----

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

  // ---- internals ----

  protected async withItems(manager: Manager, lists: WishlistRow[]): Promise<WishlistWithItems[]> {
    if (!lists.length) return []
    const items = await wishlistItems.activeOf(
      manager,
      lists.map((list) => list.id)
    )
    return lists.map((list) => ({ ...list, items: items.filter((item) => item.wishlist_id === list.id) }))
  }

  protected async oneWithItems(manager: Manager, list: WishlistRow | undefined): Promise<WishlistWithItems | null> {
    return list ? ((await this.withItems(manager, [list]))[0] ?? null) : null
  }

  protected async lockList(manager: Manager, wishlistId: string): Promise<WishlistRow> {
    const list = await wishlistLists.lockLive(manager, wishlistId)
    if (!list) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wishlist ${wishlistId} was not found`)
    return list
  }

  /** One of the owner's lists (`default` names the default list), locked; else a 404. */
  protected async lockOwnedList(manager: Manager, owner: Owner, id: string): Promise<WishlistRow> {
    const list = await wishlistLists.lockOwned(manager, owner, id)
    if (!list) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wishlist ${id} was not found`)
    return list
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
    if (await wishlistLists.nameTaken(manager, owner, nameKey(name), exceptId)) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `A list named "${name.trim()}" already exists`)
    }
  }

  /** The default name, or "<name> (2)"... when the shopper already named a list like that. */
  protected async freeName(manager: Manager, owner: Owner, name: string): Promise<string> {
    const keys = await wishlistLists.nameKeysOf(manager, owner)
    let candidate = name
    for (let suffix = 2; keys.has(nameKey(candidate)); suffix += 1) candidate = `${name} (${suffix})`
    return candidate
  }

  protected async insertList(manager: Manager, owner: Owner, name: string, isDefault: boolean): Promise<WishlistRow> {
    return wishlistLists.insert(manager, {
      ...ownerColumns(owner),
      name,
      name_key: nameKey(name),
      is_default: isDefault,
    })
  }
}
