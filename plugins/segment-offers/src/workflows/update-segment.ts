import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureMirrorGroupStep } from "./steps/ensure-mirror-group"
import { updateSegmentStep } from "./steps/update-segment"
import type { SegmentInput } from "./types"

/** Changes a segment; turning the mirror on makes its customer group. */
export const updateSegmentWorkflow = createWorkflow(
  "touchpoints-segment-offers-update-segment",
  (input: { id: string; update: Partial<SegmentInput> }) => {
    const id = updateSegmentStep(input)
    return new WorkflowResponse(ensureMirrorGroupStep(id))
  }
)
