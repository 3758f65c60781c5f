import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "@touchpoints/core/api"
import { GetNextSteps } from "./validators"

/** /store/products/:id/next-steps. */
export const storeProductsMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/products/:id/next-steps", middlewares: [validateQuery(GetNextSteps)] },
]
