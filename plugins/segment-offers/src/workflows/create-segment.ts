import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSegmentStep } from "./steps/create-segment"
import { ensureMirrorGroupStep } from "./steps/ensure-mirror-group"
import type { SegmentInput } from "./types"

/** Creates a segment, and its Medusa customer group when it is mirrored. */
export const createSegmentWorkflow = createWorkflow(
  "touchpoints-segment-offers-create-segment",
  (input: SegmentInput) => {
    const segment = createSegmentStep(input)
    return new WorkflowResponse(ensureMirrorGroupStep(segment.id))
  }
)
