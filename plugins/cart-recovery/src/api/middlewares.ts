import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@touchpoints/core/api"
import {
  DeleteCartRecoverySettings,
  GetCartRecovery,
  GetCartRecoveryPreview,
  GetCartRecoverySettings,
  GetCartRecoveryStats,
  PostCartRecovery,
  PostCartRecoveryScan,
  PostCartRecoverySettings,
} from "./validators"

export default defineMiddlewares({
  routes: [
    { methods: ["GET"], matcher: "/store/cart-recovery/:token", middlewares: [validateQuery(GetCartRecovery)] },
    { methods: ["POST"], matcher: "/store/cart-recovery/:token", middlewares: [validateBody(PostCartRecovery)] },
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
  ],
})
