import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import type { BrandDTO, CreateBrandInput } from "../types"

export const createBrandsStepId = "touchpoints-core-create-brands-step"

/** Creates brands; compensation deletes exactly the brands it created. */
export const createBrandsStep = createStep(
  createBrandsStepId,
  async (input: (CreateBrandInput & { handle: string })[], { container }) => {
    const service = container.resolve<BrandModuleService>(BRAND_MODULE)
    const brands: BrandDTO[] = await service.createBrands(input)
    return new StepResponse(
      brands,
      brands.map((b) => b.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service = container.resolve<BrandModuleService>(BRAND_MODULE)
    await service.deleteBrands(createdIds)
  }
)
