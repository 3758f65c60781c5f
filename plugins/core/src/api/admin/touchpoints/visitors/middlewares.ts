import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validate"
import { PostAdminVisitorsBackfillOrders } from "./validators"

export const adminTouchpointsVisitorsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/touchpoints/visitors/backfill-orders",
    middlewares: [validateBody(PostAdminVisitorsBackfillOrders)],
  },
]
