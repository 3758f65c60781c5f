import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteOfferStep } from "./steps/delete-offer"

/** Deletes an offer; its promotion stays. */
export const deleteOfferWorkflow = createWorkflow(
  "touchpoints-segment-offers-delete-offer",
  (input: { id: string }) => {
    return new WorkflowResponse(deleteOfferStep(input.id))
  }
)
