import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "@touchpoints/core/api"
import { maybeCustomer } from "../maybe-customer"
import { PostApplyOffer } from "./validators"

export const storeCartsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/offers/:offer_id",
    middlewares: [maybeCustomer, validateBody(PostApplyOffer)],
  },
]
