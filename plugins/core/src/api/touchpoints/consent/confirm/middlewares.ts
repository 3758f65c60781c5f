import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validate"
import { PostConsentConfirmation } from "./validators"

export const touchpointsConsentConfirmMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/touchpoints/consent/confirm/:token",
    middlewares: [validateBody(PostConsentConfirmation)],
  },
]
