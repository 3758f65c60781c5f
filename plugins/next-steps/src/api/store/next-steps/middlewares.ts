import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "@touchpoints/core/api"
import { GetNextStepsByHandle } from "./validators"

/** /store/next-steps?handle= (a product page by handle, also a gone product's). */
export const storeNextStepsMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/next-steps", middlewares: [validateQuery(GetNextStepsByHandle)] },
]
