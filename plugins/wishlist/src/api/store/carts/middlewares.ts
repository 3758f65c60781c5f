import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "@touchpoints/core/api"
import { PostSaveForLater } from "./validators"

export const storeCartsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/line-items/:line_id/save-for-later",
    middlewares: [validateBody(PostSaveForLater)],
  },
]
