import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../utils/validate"
import { PostUnsubscribe } from "./unsubscribe/validators"

export const touchpointsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/touchpoints/unsubscribe/:token",
    middlewares: [validateBody(PostUnsubscribe)],
  },
]
