import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate"
import { PostUnsubscribe } from "./validators"

export const touchpointsUnsubscribeMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/touchpoints/unsubscribe/:token",
    middlewares: [validateBody(PostUnsubscribe)],
  },
]
