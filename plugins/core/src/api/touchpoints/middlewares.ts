import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../utils/validate"
import { PostConsentConfirmation } from "./consent/confirm/validators"
import { PostUnsubscribe } from "./unsubscribe/validators"

export const touchpointsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/touchpoints/unsubscribe/:token",
    middlewares: [validateBody(PostUnsubscribe)],
  },
  {
    methods: ["POST"],
    matcher: "/touchpoints/consent/confirm/:token",
    middlewares: [validateBody(PostConsentConfirmation)],
  },
]
