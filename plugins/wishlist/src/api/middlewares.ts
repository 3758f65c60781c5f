import { defineMiddlewares } from "@medusajs/framework/http"
import { adminWishlistsMiddlewares } from "./admin/wishlists/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { storeSharedWishlistsMiddlewares } from "./store/shared-wishlists/middlewares"
import { storeWishlistCountsMiddlewares } from "./store/wishlist-counts/middlewares"
import { storeWishlistsMiddlewares } from "./store/wishlists/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeWishlistsMiddlewares,
    ...storeCartsMiddlewares,
    ...storeSharedWishlistsMiddlewares,
    ...storeWishlistCountsMiddlewares,
    ...adminWishlistsMiddlewares,
  ],
})
