import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { paramSubject, rateLimit, validateBody, validateQuery } from "@touchpoints/core/api"
import { GetFeedbackSurvey, PostFeedbackAnswers } from "./validators"

/** The shopper's survey routes; spread into src/api/middlewares.ts. */
export const storeFeedbackMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/feedback/orders/:order_id",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateQuery(GetFeedbackSurvey)],
  },
  { methods: ["GET"], matcher: "/store/feedback/:token", middlewares: [validateQuery(GetFeedbackSurvey)] },
  {
    methods: ["POST"],
    matcher: "/store/feedback/:token",
    middlewares: [
      rateLimit("surveyAnswers", { subject: paramSubject("survey", "token") }),
      validateBody(PostFeedbackAnswers),
    ],
  },
]
