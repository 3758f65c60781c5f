import { toHandle } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createBrandsStep } from "./steps/create-brands"
import { validateBrandHandlesStep } from "./steps/validate-brand-handles"
import type { CreateBrandInput } from "./types"

export const createBrandsWorkflowId = "touchpoints-core-create-brands"

export type CreateBrandsWorkflowInput = { brands: CreateBrandInput[] }

/** Creates brands; a brand without a handle gets one from its name. */
export const createBrandsWorkflow = createWorkflow(createBrandsWorkflowId, (input: CreateBrandsWorkflowInput) => {
  const brands = transform({ input }, ({ input }) =>
    input.brands.map((b) => ({ ...b, handle: b.handle ?? toHandle(b.name) }))
  )
  const handles = transform({ brands }, ({ brands }) => ({ handles: brands.map((b) => b.handle) }))
  validateBrandHandlesStep(handles)
  return new WorkflowResponse(createBrandsStep(brands))
})
