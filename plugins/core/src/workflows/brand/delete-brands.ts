import type { DeleteEntityInput } from "@medusajs/framework/modules-sdk"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { BRAND_MODULE } from "../../modules/brand"
import { deleteBrandsStep } from "./steps/delete-brands"

export const deleteBrandsWorkflowId = "touchpoints-core-delete-brands"

export type DeleteBrandsWorkflowInput = { ids: string[] }

/** Soft-deletes brands and their product links (both restored if a later step fails). */
export const deleteBrandsWorkflow = createWorkflow(deleteBrandsWorkflowId, (input: DeleteBrandsWorkflowInput) => {
  const deleted = deleteBrandsStep(input.ids)
  const links = transform(
    { input },
    ({ input }): DeleteEntityInput => ({
      [BRAND_MODULE]: { brand_id: input.ids },
    })
  )
  removeRemoteLinkStep(links)
  return new WorkflowResponse(deleted)
})
