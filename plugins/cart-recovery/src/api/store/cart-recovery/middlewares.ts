import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@touchpoints/core/api"
import { GetCartRecovery, PostCartRecovery } from "./validators"

/** The recovery link's routes; spread into src/api/middlewares.ts. */
export const storeCartRecoveryMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/cart-recovery/:token", middlewares: [validateQuery(GetCartRecovery)] },
  { methods: ["POST"], matcher: "/store/cart-recovery/:token", middlewares: [validateBody(PostCartRecovery)] },
]
