import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { validateBody, validateQuery } from "../../utils/validate"
import { GetAdminConsent, PostAdminConsent, PostAdminConsentPolicy } from "./consent/validators"
import { GetAdminEmailAddress, PostAdminEmailSuppression } from "./email/validators"
import { GetAdminPersonalData, PostAdminPersonalDataErase } from "./personal-data/validators"

export const adminTouchpointsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/touchpoints/visitors/backfill-orders",
    middlewares: [validateBody(z.object({}).strict())],
  },
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
    middlewares: [validateQuery(z.object({}).strict())],
  },
  {
    methods: ["POST"],
    matcher: "/admin/touchpoints/consent/policy",
    middlewares: [validateBody(PostAdminConsentPolicy)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/touchpoints/personal-data",
    middlewares: [validateQuery(GetAdminPersonalData)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/touchpoints/personal-data/erase",
    middlewares: [validateBody(PostAdminPersonalDataErase)],
  },
]
