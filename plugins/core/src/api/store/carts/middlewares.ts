import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  associateVisitorCartOnCartCreate,
  associateVisitorCartOnCartRequest,
} from "../../utils/associate-cart-middleware"

/** Medusa's own cart routes (and the suite's under /store/carts/:id): a request that changes a cart associates it. */
export const storeCartVisitorMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/store/carts", middlewares: [associateVisitorCartOnCartCreate] },
  { methods: ["POST", "DELETE"], matcher: "/store/carts/:id", middlewares: [associateVisitorCartOnCartRequest] },
  { methods: ["POST", "DELETE"], matcher: "/store/carts/:id/*", middlewares: [associateVisitorCartOnCartRequest] },
]
