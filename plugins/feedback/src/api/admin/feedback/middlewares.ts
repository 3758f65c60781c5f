import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@touchpoints/core/api"
import {
  GetFeedbackAlerts,
  GetFeedbackCustomerSurveys,
  GetFeedbackOrderSurvey,
  GetFeedbackReport,
  GetFeedbackResponses,
  PostFeedbackAlertsSeen,
  PostFeedbackRun,
} from "./validators"

/** The owner's routes; spread into src/api/middlewares.ts. Admin auth is applied by Medusa to every /admin route. */
export const adminFeedbackMiddlewares: MiddlewareRoute[] = [
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
]
