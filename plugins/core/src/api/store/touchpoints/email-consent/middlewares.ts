import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { emailConsentSubject } from "../../../utils/rate-limit-subjects"
import { validateBody, validateQuery } from "../../../utils/validate"
import { GetTouchpointsEmailConsent, PostTouchpointsEmailConsent } from "./validators"

export const storeTouchpointsEmailConsentMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/touchpoints/email-consent",
    middlewares: [
      rateLimit("emailConsent", { subject: emailConsentSubject }),
      validateBody(PostTouchpointsEmailConsent),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/touchpoints/email-consent",
    middlewares: [validateQuery(GetTouchpointsEmailConsent)],
  },
]
