import { defineMiddlewares } from "@medusajs/framework/http"
import { validateQuery } from "@touchpoints/core/api/utils/validate"
import { GetCartRecovery, GetCartRecoveryStats } from "./validators"

export default defineMiddlewares({
  routes: [
    { methods: ["GET"], matcher: "/store/cart-recovery/:token", middlewares: [validateQuery(GetCartRecovery)] },
    { methods: ["GET"], matcher: "/admin/cart-recovery/stats", middlewares: [validateQuery(GetCartRecoveryStats)] },
  ],
})
