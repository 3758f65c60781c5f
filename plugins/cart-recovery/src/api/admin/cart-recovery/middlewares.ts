import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@touchpoints/core/api"
import {
  DeleteCartRecoverySettings,
  GetCartRecoveryPreview,
  GetCartRecoverySettings,
  GetCartRecoveryStats,
  PostCartRecoveryScan,
  PostCartRecoverySettings,
} from "./validators"

/** The owner's routes; spread into src/api/middlewares.ts. Admin auth is applied by Medusa to every /admin route. */
export const adminCartRecoveryMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/cart-recovery/stats", middlewares: [validateQuery(GetCartRecoveryStats)] },
  { methods: ["POST"], matcher: "/admin/cart-recovery/scan", middlewares: [validateBody(PostCartRecoveryScan)] },
  {
    methods: ["GET"],
    matcher: "/admin/cart-recovery/settings",
    middlewares: [validateQuery(GetCartRecoverySettings)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/cart-recovery/settings",
    middlewares: [validateBody(PostCartRecoverySettings)],
  },
  {
    methods: ["DELETE"],
    matcher: "/admin/cart-recovery/settings",
    middlewares: [validateQuery(DeleteCartRecoverySettings)],
  },
  { methods: ["GET"], matcher: "/admin/cart-recovery/preview", middlewares: [validateQuery(GetCartRecoveryPreview)] },
]
