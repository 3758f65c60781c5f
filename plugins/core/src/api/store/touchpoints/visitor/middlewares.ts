import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { validateBody, validateQuery } from "../../../utils/validate"
import { GetTouchpointsVisitor, PostTouchpointsVisitor } from "./validators"

export const storeTouchpointsVisitorMiddlewares: MiddlewareRoute[] = [
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
]
