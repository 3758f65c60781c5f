import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@touchpoints/core/api/utils/validate"
import {
  GetCartRecovery,
  GetCartRecoveryPreview,
  GetCartRecoverySettings,
  GetCartRecoveryStats,
  PostCartRecoveryScan,
} from "./validators"

export default defineMiddlewares({
  routes: [
    { methods: ["GET"], matcher: "/store/cart-recovery/:token", middlewares: [validateQuery(GetCartRecovery)] },
    { methods: ["GET"], matcher: "/admin/cart-recovery/stats", middlewares: [validateQuery(GetCartRecoveryStats)] },
    { methods: ["POST"], matcher: "/admin/cart-recovery/scan", middlewares: [validateBody(PostCartRecoveryScan)] },
    {
      methods: ["GET"],
      matcher: "/admin/cart-recovery/settings",
      middlewares: [validateQuery(GetCartRecoverySettings)],
    },
    { methods: ["GET"], matcher: "/admin/cart-recovery/preview", middlewares: [validateQuery(GetCartRecoveryPreview)] },
  ],
})
