import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VISITOR_MODULE } from "../../../modules/visitor"
import type { VisitorEventPayload } from "../../../modules/visitor/lib/types"
import type VisitorModuleService from "../../../modules/visitor/service"
import type { IngestResult } from "../../../modules/visitor/service"

export const ingestVisitorEventsStepId = "touchpoints-core-ingest-visitor-events-step"

export type IngestVisitorEventsStepInput = { visitor_id: string; events: VisitorEventPayload[] }

/** Stores a batch and folds it into the profile in one transaction; compensation undoes both. */
export const ingestVisitorEventsStep = createStep(
  ingestVisitorEventsStepId,
  async (input: IngestVisitorEventsStepInput, { container }) => {
    const visitors = container.resolve<VisitorModuleService>(VISITOR_MODULE)
    const result = await visitors.ingestEvents({ anonymousId: input.visitor_id, events: input.events })
    return new StepResponse(result, result)
  },
  async (result: IngestResult | undefined, { container }) => {
    if (!result) {
      return
    }
    await container.resolve<VisitorModuleService>(VISITOR_MODULE).revertIngest(result)
  }
)
