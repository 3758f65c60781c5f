import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { visitorSubject } from "../../../utils/rate-limit-subjects"
import { validateBody } from "../../../utils/validate"
import { PostTouchpointsConsent } from "./validators"

export const storeTouchpointsConsentMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/touchpoints/consent",
    middlewares: [rateLimit("consent", { subject: visitorSubject }), validateBody(PostTouchpointsConsent)],
  },
]
