import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { unlessReserved, validateBody, validateQuery } from "@touchpoints/core/api"
import {
  EmptyBody,
  EmptyQuery,
  GetList,
  GetOfferStats,
  GetSegmentPreview,
  GetStoreOffers,
  PostApplyOffer,
  PostOffer,
  PostOfferEvent,
  PostOfferUpdate,
  PostSegment,
  PostSegmentPreview,
  PostSegmentUpdate,
} from "./validators"

/** Static routes that share the shape of `/admin/segments/:id` and `/admin/offers/:id`. */
const SEGMENT_ROUTES = ["fields", "preview", "sync"]
const OFFER_ROUTES = ["stats"]

/** Offers are for guests and customers alike: a customer's session or token is read when present. */
const maybeCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export default defineMiddlewares({
  routes: [
    { methods: ["GET"], matcher: "/store/offers", middlewares: [maybeCustomer, validateQuery(GetStoreOffers)] },
    {
      methods: ["POST"],
      matcher: "/store/offers/:id/events",
      middlewares: [maybeCustomer, validateBody(PostOfferEvent)],
    },
    {
      methods: ["POST"],
      matcher: "/store/carts/:id/offers/:offer_id",
      middlewares: [maybeCustomer, validateBody(PostApplyOffer)],
    },
    { methods: ["GET"], matcher: "/admin/segments", middlewares: [validateQuery(GetList)] },
    { methods: ["POST"], matcher: "/admin/segments", middlewares: [validateBody(PostSegment)] },
    { methods: ["GET"], matcher: "/admin/segments/fields", middlewares: [validateQuery(EmptyQuery)] },
    { methods: ["POST"], matcher: "/admin/segments/preview", middlewares: [validateBody(PostSegmentPreview)] },
    { methods: ["POST"], matcher: "/admin/segments/sync", middlewares: [validateBody(EmptyBody)] },
    {
      methods: ["GET"],
      matcher: "/admin/segments/:id",
      middlewares: [unlessReserved(validateQuery(EmptyQuery), SEGMENT_ROUTES)],
    },
    {
      methods: ["POST"],
      matcher: "/admin/segments/:id",
      middlewares: [unlessReserved(validateBody(PostSegmentUpdate), SEGMENT_ROUTES)],
    },
    { methods: ["GET"], matcher: "/admin/segments/:id/preview", middlewares: [validateQuery(GetSegmentPreview)] },
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
    { methods: ["GET"], matcher: "/admin/visitors/:id/segments", middlewares: [validateQuery(EmptyQuery)] },
  ],
})
