import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSegmentStep } from "./steps/create-segment"
import { deleteSegmentStep } from "./steps/delete-segment"
import { ensureMirrorGroupStep } from "./steps/ensure-mirror-group"
import { updateSegmentStep } from "./steps/update-segment"
import type { SegmentInput } from "./types"

/** Creates a segment, and its Medusa customer group when it is mirrored. */
export const createSegmentWorkflow = createWorkflow("tp-create-segment", (input: SegmentInput) => {
  const segment = createSegmentStep(input)
  return new WorkflowResponse(ensureMirrorGroupStep(segment.id))
})

/** Changes a segment; turning the mirror on makes its customer group. */
export const updateSegmentWorkflow = createWorkflow(
  "tp-update-segment",
  (input: { id: string; update: Partial<SegmentInput> }) => {
    const id = updateSegmentStep(input)
    return new WorkflowResponse(ensureMirrorGroupStep(id))
  }
)

/** Deletes a segment that no offer uses. */
export const deleteSegmentWorkflow = createWorkflow("tp-delete-segment", (input: { id: string }) => {
  return new WorkflowResponse(deleteSegmentStep(input.id))
})
