import { defineMiddlewares } from "@medusajs/framework/http"
import { adminFeedbackMiddlewares } from "./admin/feedback/middlewares"
import { storeFeedbackMiddlewares } from "./store/feedback/middlewares"
import { touchpointsFeedbackMiddlewares } from "./touchpoints/feedback/middlewares"

/** Only collects the resources' middlewares (each resource keeps its own next to its routes). */
export default defineMiddlewares({
  routes: [...storeFeedbackMiddlewares, ...touchpointsFeedbackMiddlewares, ...adminFeedbackMiddlewares],
})
