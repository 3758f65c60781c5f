import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@touchpoints/core/api"
import { GetScoreLink, PostScoreLink } from "./validators"

/** The score links of survey emails; spread into src/api/middlewares.ts. */
export const touchpointsFeedbackMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/touchpoints/feedback/:token/:score", middlewares: [validateQuery(GetScoreLink)] },
  {
    methods: ["POST"],
    matcher: "/touchpoints/feedback/:token/:score",
    middlewares: [validateQuery(GetScoreLink), validateBody(PostScoreLink)],
  },
]
