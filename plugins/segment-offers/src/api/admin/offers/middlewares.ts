import type { MiddlewareRoute } from "@medusajs/framework/http"
import { unlessReserved, validateBody, validateQuery } from "@touchpoints/core/api"
import { EmptyQuery, GetList } from "../../shared-validators"
import { GetOfferStats, PostOffer, PostOfferUpdate } from "./validators"

/** Static routes that share the shape of `/admin/offers/:id`. */
const OFFER_ROUTES = ["stats"]

export const adminOffersMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/offers", middlewares: [validateQuery(GetList)] },
  { methods: ["POST"], matcher: "/admin/offers", middlewares: [validateBody(PostOffer)] },
  { methods: ["GET"], matcher: "/admin/offers/stats", middlewares: [validateQuery(GetOfferStats)] },
  {
    methods: ["GET"],
    matcher: "/admin/offers/:id",
    middlewares: [unlessReserved(validateQuery(EmptyQuery), OFFER_ROUTES)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/offers/:id",
    middlewares: [unlessReserved(validateBody(PostOfferUpdate), OFFER_ROUTES)],
  },
]
