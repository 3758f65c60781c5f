import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type UpdateBrandsStepInput, updateBrandsStep } from "./steps/update-brands"
import { validateBrandHandlesStep } from "./steps/validate-brand-handles"

export const updateBrandsWorkflowId = "touchpoints-core-update-brands"

export type UpdateBrandsWorkflowInput = UpdateBrandsStepInput

/** Updates the brands matched by `selector` with `update`. */
export const updateBrandsWorkflow = createWorkflow(updateBrandsWorkflowId, (input: UpdateBrandsWorkflowInput) => {
  const handles = transform({ input }, ({ input }) => {
    const ids = input.selector.id
    return {
      handles: input.update.handle ? [input.update.handle] : [],
      exclude_ids: Array.isArray(ids) ? ids : [ids],
    }
  })
  validateBrandHandlesStep(handles)
  return new WorkflowResponse(updateBrandsStep(input))
})
