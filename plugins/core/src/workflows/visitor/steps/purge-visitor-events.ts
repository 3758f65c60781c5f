import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VISITOR_MODULE } from "../../../modules/visitor"
import type VisitorModuleService from "../../../modules/visitor/service"

export const purgeVisitorEventsStepId = "touchpoints-core-purge-visitor-events"

/** Deletes raw events past retention. Deliberately irreversible: there is nothing to compensate. */
export const purgeVisitorEventsStep = createStep(
  purgeVisitorEventsStepId,
  async (input: { before: string }, { container }) => {
    const deleted = await container.resolve<VisitorModuleService>(VISITOR_MODULE).purgeEventsBefore(input.before)
    return new StepResponse({ deleted })
  }
)
