import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "@touchpoints/core/api"
import { GetWishlistStats } from "./validators"

export const adminWishlistsMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/wishlists/stats", middlewares: [validateQuery(GetWishlistStats)] },
]
