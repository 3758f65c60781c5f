import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate"
import { GetAdminEmailAddress, PostAdminEmailSuppression } from "./validators"

export const adminTouchpointsEmailMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/touchpoints/email",
    middlewares: [validateQuery(GetAdminEmailAddress)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/touchpoints/email/suppressions",
    middlewares: [validateBody(PostAdminEmailSuppression)],
  },
]
