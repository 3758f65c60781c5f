import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate"
import { GetAdminConsent, GetAdminConsentPolicy, PostAdminConsent, PostAdminConsentPolicy } from "./validators"

export const adminTouchpointsConsentMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/touchpoints/consent",
    middlewares: [validateQuery(GetAdminConsent)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/touchpoints/consent",
    middlewares: [validateBody(PostAdminConsent)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/touchpoints/consent/policy",
    middlewares: [validateQuery(GetAdminConsentPolicy)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/touchpoints/consent/policy",
    middlewares: [validateBody(PostAdminConsentPolicy)],
  },
]
