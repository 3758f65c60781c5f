import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSegmentStep } from "./steps/delete-segment"

/** Deletes a segment that no offer uses. */
export const deleteSegmentWorkflow = createWorkflow(
  "touchpoints-segment-offers-delete-segment",
  (input: { id: string }) => {
    return new WorkflowResponse(deleteSegmentStep(input.id))
  }
)
