import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { linkVisitorOnAuthenticatedRequest } from "../../utils/link-visitor-middleware"
import { rateLimit } from "../../utils/rate-limit"
import { emailConsentSubject, visitorSubject } from "../../utils/rate-limit-subjects"
import { validateBody, validateQuery } from "../../utils/validate"
import {
  EVENTS_BODY_LIMIT,
  GetTouchpointsEmailConsent,
  GetTouchpointsVisitor,
  PostTouchpointsConsent,
  PostTouchpointsEmailConsent,
  PostTouchpointsEvents,
  PostTouchpointsVisitor,
} from "./validators"

export const storeTouchpointsMiddlewares: MiddlewareRoute[] = [
  {
    // Any authenticated store request that still carries a visitor id links it to the customer
    // (Medusa has no login event).
    matcher: "/store/*",
    middlewares: [linkVisitorOnAuthenticatedRequest],
  },
  {
    methods: ["POST"],
    matcher: "/store/touchpoints/events",
    bodyParser: { sizeLimit: EVENTS_BODY_LIMIT },
    middlewares: [rateLimit("events", { subject: visitorSubject }), validateBody(PostTouchpointsEvents)],
  },
  {
    methods: ["POST"],
    matcher: "/store/touchpoints/consent",
    middlewares: [rateLimit("consent", { subject: visitorSubject }), validateBody(PostTouchpointsConsent)],
  },
  {
    methods: ["GET"],
    matcher: "/store/touchpoints/visitor",
    middlewares: [validateQuery(GetTouchpointsVisitor)],
  },
  {
    methods: ["POST"],
    matcher: "/store/touchpoints/visitor",
    middlewares: [rateLimit("visitorIds"), validateBody(PostTouchpointsVisitor)],
  },
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
  {
    methods: ["GET"],
    matcher: "/store/touchpoints/personal-data",
    middlewares: [validateQuery(z.object({}).strict())],
  },
]
