import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@touchpoints/core/api"
import { GetCartAlsoBought, PostCartBundle } from "./validators"

/** /store/carts/:id/also-bought and /store/carts/:id/bundles. */
export const storeCartsMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/carts/:id/also-bought", middlewares: [validateQuery(GetCartAlsoBought)] },
  { methods: ["POST"], matcher: "/store/carts/:id/bundles", middlewares: [validateBody(PostCartBundle)] },
]
