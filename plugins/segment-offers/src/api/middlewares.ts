import { defineMiddlewares } from "@medusajs/framework/http"
import { adminOffersMiddlewares } from "./admin/offers/middlewares"
import { adminSegmentsMiddlewares } from "./admin/segments/middlewares"
import { adminVisitorsMiddlewares } from "./admin/visitors/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { storeOffersMiddlewares } from "./store/offers/middlewares"

/** Collects each resource's middlewares (validation, optional customer authentication); routes live beside them. */
export default defineMiddlewares({
  routes: [
    ...storeOffersMiddlewares,
    ...storeCartsMiddlewares,
    ...adminSegmentsMiddlewares,
    ...adminOffersMiddlewares,
    ...adminVisitorsMiddlewares,
  ],
})
