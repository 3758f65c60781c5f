import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"

export const deleteBrandsStepId = "touchpoints-core-delete-brands-step"

/** Soft-deletes brands; compensation restores them. */
export const deleteBrandsStep = createStep(
  deleteBrandsStepId,
  async (ids: string[], { container }) => {
    const service = container.resolve<BrandModuleService>(BRAND_MODULE)
    await service.softDeleteBrands(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<BrandModuleService>(BRAND_MODULE)
    await service.restoreBrands(ids)
  }
)
