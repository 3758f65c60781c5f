import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@touchpoints/core/api"
import { maybeCustomer } from "../maybe-customer"
import { GetStoreOffers, PostOfferEvent } from "./validators"

export const storeOffersMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/offers", middlewares: [maybeCustomer, validateQuery(GetStoreOffers)] },
  {
    methods: ["POST"],
    matcher: "/store/offers/:id/events",
    middlewares: [maybeCustomer, validateBody(PostOfferEvent)],
  },
]
