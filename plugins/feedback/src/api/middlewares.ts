import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { paramSubject, rateLimit, validateBody, validateQuery } from "@touchpoints/core/api"
import {
  GetFeedbackAlerts,
  GetFeedbackCustomerSurveys,
  GetFeedbackOrderSurvey,
  GetFeedbackReport,
  GetFeedbackResponses,
  GetFeedbackSurvey,
  GetScoreLink,
  PostFeedbackAlertsSeen,
  PostFeedbackAnswers,
  PostFeedbackRun,
  PostScoreLink,
} from "./validators"

export default defineMiddlewares({
  routes: [
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
    { methods: ["GET"], matcher: "/touchpoints/feedback/:token/:score", middlewares: [validateQuery(GetScoreLink)] },
    {
      methods: ["POST"],
      matcher: "/touchpoints/feedback/:token/:score",
      middlewares: [validateQuery(GetScoreLink), validateBody(PostScoreLink)],
    },
    { methods: ["GET"], matcher: "/admin/feedback/report", middlewares: [validateQuery(GetFeedbackReport)] },
    { methods: ["GET"], matcher: "/admin/feedback/responses", middlewares: [validateQuery(GetFeedbackResponses)] },
    {
      methods: ["GET"],
      matcher: "/admin/feedback/orders/:order_id",
      middlewares: [validateQuery(GetFeedbackOrderSurvey)],
    },
    {
      methods: ["GET"],
      matcher: "/admin/feedback/customers/:id",
      middlewares: [validateQuery(GetFeedbackCustomerSurveys)],
    },
    { methods: ["GET"], matcher: "/admin/feedback/alerts", middlewares: [validateQuery(GetFeedbackAlerts)] },
    { methods: ["POST"], matcher: "/admin/feedback/alerts/seen", middlewares: [validateBody(PostFeedbackAlertsSeen)] },
    { methods: ["POST"], matcher: "/admin/feedback/run", middlewares: [validateBody(PostFeedbackRun)] },
  ],
})
