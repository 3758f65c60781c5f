import { getConfig } from "./config.js"
import { type CartChangedDetail, emit, type WishlistChangeDetail } from "./events.js"
import { customerSignedIn, invalidateWishlists, wishlistState } from "./state.js"
import { wishlistFetch } from "./wishlist-client.js"
import { getWishlistToken } from "./wishlist-token.js"
import type {
  MoveToCartResult,
  SaveForLaterResult,
  SharedWishlist,
  Wishlist,
  WishlistItem,
  WishlistShare,
} from "./wishlist-types.js"

const path = (...parts: string[]) => parts.map((part) => `/${encodeURIComponent(part)}`).join("")

/** Whether anyone could own lists here: a guest token, a signed-in customer, or cookies sent cross-origin. */
export function hasWishlistShopper(): boolean {
  return Boolean(getWishlistToken() || customerSignedIn() || getConfig().fetchCredentials === "include")
}

/** Fires on `target` while it is in the document (the event bubbles there), else on `document`. */
function announce<K extends "tp-wishlist-change" | "tp:cart-changed">(
  type: K,
  detail: K extends "tp:cart-changed" ? CartChangedDetail : WishlistChangeDetail,
  target?: EventTarget
): void {
  const connected = !(typeof Node !== "undefined" && target instanceof Node) || target.isConnected
  emit(type, detail as never, connected ? target : undefined)
}

/** A change: the call, then fresh reads for every widget and `tp-wishlist-change` (failures fire `tp-error`). */
async function change<T>(
  url: string,
  request: Parameters<typeof wishlistFetch>[1],
  detail: (body: T) => WishlistChangeDetail,
  target?: EventTarget
): Promise<T> {
  try {
    const body = await wishlistFetch<T>(url, { ...request, reportTo: target })
    invalidateWishlists()
    announce("tp-wishlist-change", detail(body), target)
    return body
  } catch (error) {
    invalidateWishlists() // the failure may mean the lists moved on (409, 404): read them again
    throw error
  }
}

/**
 * The shopper's lists (`GET /store/wishlists`, default list first). Every widget on the page shares one request
 * per region until the next change; without a guest or customer token nothing is asked and the answer is [].
 */
export function loadWishlists(options: { regionId?: string | null } = {}): Promise<Wishlist[]> {
  if (!hasWishlistShopper()) return Promise.resolve([])
  const key = options.regionId || ""
  const cache = wishlistState().lists
  let pending = cache.get(key)
  if (!pending) {
    const query = { region_id: options.regionId || undefined }
    const request = wishlistFetch<{ wishlists?: Wishlist[] }>("/store/wishlists", { query })
    const answer = request.then((body) => body.wishlists ?? [])
    pending = answer
    cache.set(key, answer)
    answer.catch(() => cache.get(key) === answer && cache.delete(key))
  }
  return pending
}

/** Any cached answer (region does not matter for "is it saved?"), else a fresh read. */
export function knownWishlists(): Promise<Wishlist[]> {
  const cached = wishlistState().lists.values().next()
  return cached.done ? loadWishlists() : cached.value
}

/** Where a variant is saved: one entry per list holding it. */
export function findSaved(lists: Wishlist[], variantId: string): { wishlist: Wishlist; item: WishlistItem }[] {
  return lists.flatMap((wishlist) =>
    wishlist.items.filter((item) => item.variant_id === variantId).map((item) => ({ wishlist, item }))
  )
}

export interface AddToWishlistOptions {
  variantId: string
  /** A list id or "default" (made on first save). */
  wishlistId?: string
  quantity?: number
  /** The region whose price is remembered as the saved price (for "price dropped" later). */
  regionId?: string | null
}

/** `POST /store/wishlists/:id/items`: saves a variant (a guest gets a token on the first save). */
export function addToWishlist(
  options: AddToWishlistOptions,
  target?: EventTarget
): Promise<{ wishlist: Wishlist; item: WishlistItem }> {
  const body = {
    variant_id: options.variantId,
    quantity: options.quantity,
    region_id: options.regionId || undefined,
  }
  return change<{ wishlist: Wishlist; item: WishlistItem }>(
    `/store/wishlists${path(options.wishlistId || "default")}/items`,
    { body },
    (answer) => ({
      reason: "add",
      wishlist_id: answer.wishlist?.id,
      item_id: answer.item?.id,
      variant_id: body.variant_id,
    }),
    target
  )
}

/** `DELETE /store/wishlists/:id/items/:item_id` */
export function removeFromWishlist(
  wishlistId: string,
  itemId: string,
  target?: EventTarget,
  variantId?: string
): Promise<unknown> {
  return change(
    `/store/wishlists${path(wishlistId, "items", itemId)}`,
    { method: "DELETE" },
    () => ({ reason: "remove", wishlist_id: wishlistId, item_id: itemId, variant_id: variantId }),
    target
  )
}

/** Removes a variant from every list that holds it (what un-pressing a heart means). */
export async function removeVariantFromWishlists(variantId: string, target?: EventTarget): Promise<void> {
  invalidateWishlists()
  const saved = findSaved(await loadWishlists(), variantId)
  await Promise.all(saved.map(({ wishlist, item }) => removeFromWishlist(wishlist.id, item.id, target, variantId)))
}

/**
 * `POST /store/carts/:cart_id/line-items/:line_id/save-for-later`: the line leaves the cart and lands in a list
 * (default unless `wishlistId`). Fires `tp-wishlist-change` and `tp:cart-changed`.
 */
export async function saveForLater(
  options: { cartId: string; lineItemId: string; wishlistId?: string | null },
  target?: EventTarget
): Promise<SaveForLaterResult> {
  const result = await change<SaveForLaterResult>(
    `/store/carts${path(options.cartId, "line-items", options.lineItemId, "save-for-later")}`,
    { body: options.wishlistId ? { wishlist_id: options.wishlistId } : {} },
    (answer) => ({
      reason: "save-for-later",
      wishlist_id: answer.wishlist?.id,
      item_id: answer.item?.id,
      variant_id: answer.item?.variant_id,
    }),
    target
  )
  announce("tp:cart-changed", { cart_id: options.cartId, reason: "save-for-later" }, target)
  return result
}

/**
 * `POST /store/wishlists/:id/items/:item_id/move-to-cart`: the item goes back into the cart as the same line.
 * Fires `tp-wishlist-change` and `tp:cart-changed`.
 */
export async function moveToCart(
  options: { wishlistId: string; itemId: string; cartId: string; variantId?: string },
  target?: EventTarget
): Promise<MoveToCartResult> {
  const result = await change<MoveToCartResult>(
    `/store/wishlists${path(options.wishlistId, "items", options.itemId, "move-to-cart")}`,
    { body: { cart_id: options.cartId } },
    () => ({
      reason: "move-to-cart",
      wishlist_id: options.wishlistId,
      item_id: options.itemId,
      variant_id: options.variantId,
    }),
    target
  )
  announce("tp:cart-changed", { cart_id: options.cartId, reason: "move-to-cart" }, target)
  return result
}

/** `POST /store/wishlists`: a named list (names are unique per shopper, 1-80 characters). */
export async function createWishlist(name: string, target?: EventTarget): Promise<Wishlist> {
  const answer = await change<{ wishlist: Wishlist }>(
    "/store/wishlists",
    { body: { name } },
    (body) => ({ reason: "create", wishlist_id: body.wishlist?.id }),
    target
  )
  return answer.wishlist
}

/** `POST /store/wishlists/:id`: renames a list. */
export async function renameWishlist(id: string, name: string, target?: EventTarget): Promise<Wishlist> {
  const answer = await change<{ wishlist: Wishlist }>(
    `/store/wishlists${path(id)}`,
    { body: { name } },
    () => ({ reason: "rename", wishlist_id: id }),
    target
  )
  return answer.wishlist
}

/** `DELETE /store/wishlists/:id` (the default list cannot be deleted). */
export function deleteWishlist(id: string, target?: EventTarget): Promise<unknown> {
  return change(
    `/store/wishlists${path(id)}`,
    { method: "DELETE" },
    () => ({ reason: "delete", wishlist_id: id }),
    target
  )
}

/** `POST /store/wishlists/:id/share`: a new share link; an earlier link of this list stops working. */
export async function shareWishlist(id: string, target?: EventTarget): Promise<WishlistShare> {
  const answer = await change<{ share: WishlistShare }>(
    `/store/wishlists${path(id, "share")}`,
    { body: {} },
    () => ({ reason: "share", wishlist_id: id }),
    target
  )
  return answer.share
}

/** `DELETE /store/wishlists/:id/share`: every link of this list stops working. */
export function unshareWishlist(id: string, target?: EventTarget): Promise<unknown> {
  return change(
    `/store/wishlists${path(id, "share")}`,
    { method: "DELETE" },
    () => ({ reason: "unshare", wishlist_id: id }),
    target
  )
}

/** `GET /store/shared-wishlists/:token`: a shared list, read-only. A dead link rejects with status 404. */
export async function loadSharedWishlist(
  token: string,
  options: { regionId?: string | null; reportTo?: EventTarget | null } = {}
): Promise<SharedWishlist> {
  const answer = await wishlistFetch<{ wishlist: SharedWishlist }>(`/store/shared-wishlists${path(token)}`, {
    query: { region_id: options.regionId || undefined },
    reportTo: options.reportTo,
  })
  return answer.wishlist
}
