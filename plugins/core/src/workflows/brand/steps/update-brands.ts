import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import type { BrandDTO, UpdateBrandInput } from "../types"

export const updateBrandsStepId = "touchpoints-core-update-brands-step"

export type UpdateBrandsStepInput = {
  selector: { id: string | string[] }
  update: UpdateBrandInput
}

/** Updates brands; compensation writes back the fields it changed, as they were before. */
export const updateBrandsStep = createStep(
  updateBrandsStepId,
  async ({ selector, update }: UpdateBrandsStepInput, { container }) => {
    const service = container.resolve<BrandModuleService>(BRAND_MODULE)
    const fields = Object.keys(update) as (keyof UpdateBrandInput)[]
    const before: BrandDTO[] = await service.listBrands(selector, {
      select: ["id", ...fields],
    })
    if (!before.length) {
      return new StepResponse([] as BrandDTO[], [] as Partial<BrandDTO>[])
    }
    const brands: BrandDTO[] = await service.updateBrands({
      selector: { id: before.map((b) => b.id) },
      data: update,
    })
    const snapshot = before.map((b) => {
      const restore: Partial<BrandDTO> = { id: b.id }
      for (const f of fields) {
        Object.assign(restore, { [f]: b[f] })
      }
      return restore
    })
    return new StepResponse(brands, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot?.length) {
      return
    }
    const service = container.resolve<BrandModuleService>(BRAND_MODULE)
    await service.updateBrands(snapshot as (Partial<BrandDTO> & { id: string })[])
  }
)
