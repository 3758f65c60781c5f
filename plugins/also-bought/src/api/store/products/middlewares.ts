import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "@touchpoints/core/api"
import { GetAlsoBought, GetBundle } from "./validators"

/** /store/products/:id/also-bought and /store/products/:id/bundle. */
export const storeProductsMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/products/:id/also-bought", middlewares: [validateQuery(GetAlsoBought)] },
  { methods: ["GET"], matcher: "/store/products/:id/bundle", middlewares: [validateQuery(GetBundle)] },
]
