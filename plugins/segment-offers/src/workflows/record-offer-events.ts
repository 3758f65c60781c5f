import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { OfferEventInput } from "../modules/segment-offers/lib/types"
import { recordOfferEventsStep } from "./steps/record-offer-events"

/** Counts offer funnel events (shown, clicked, redeemed), each once. */
export const recordOfferEventsWorkflow = createWorkflow(
  "touchpoints-segment-offers-record-offer-events",
  (input: { events: OfferEventInput[] }) => {
    return new WorkflowResponse(recordOfferEventsStep(input.events))
  }
)
