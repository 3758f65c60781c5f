import type { MedusaRequest } from "@medusajs/framework/http"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"

/** The feedback module's service, for the owner's routes. */
export function feedbackService(req: MedusaRequest): FeedbackModuleService {
  return req.scope.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
}
