import { defineMiddlewares } from "@medusajs/framework/http"
import { adminWishlistsMiddlewares } from "./admin/wishlists/middlewares"
import { storeWishlistsMiddlewares } from "./store/wishlists/middlewares"

export default defineMiddlewares({
  routes: [...storeWishlistsMiddlewares, ...adminWishlistsMiddlewares],
})
