/** The wishlist part of the runtime (kept out of runtime/index.ts so the consent entry does not carry it). */
export { invalidateWishlists } from "./state.js"
export { wishlistCount } from "./wishlist-counts.js"
export { mergeGuestWishlists } from "./wishlist-merge.js"
export {
  type WishlistStringKey,
  type WishlistStrings,
  wishlistDe,
  wishlistEn,
  wishlistTables,
  wt,
} from "./wishlist-strings.js"
export { forgetWishlistToken, getWishlistToken, WISHLIST_TOKEN_HEADER } from "./wishlist-token.js"
export type * from "./wishlist-types.js"
export {
  type AddToWishlistOptions,
  addToWishlist,
  createWishlist,
  deleteWishlist,
  findSaved,
  hasWishlistShopper,
  knownWishlists,
  loadSharedWishlist,
  loadWishlists,
  moveToCart,
  removeFromWishlist,
  removeVariantFromWishlists,
  renameWishlist,
  saveForLater,
  shareWishlist,
  unshareWishlist,
} from "./wishlists.js"
