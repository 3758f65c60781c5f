import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"

export const validateBrandHandlesStepId = "touchpoints-core-validate-brand-handles"

export type ValidateBrandHandlesStepInput = {
  handles: string[]
  /** brands allowed to keep their own handle (the ones being updated) */
  exclude_ids?: string[]
}

/**
 * Refuses handles that another brand (or another brand of the same call) already uses, with a readable
 * message; the unique index stays the last word on races. Nothing to compensate.
 */
export const validateBrandHandlesStep = createStep(
  validateBrandHandlesStepId,
  async ({ handles, exclude_ids = [] }: ValidateBrandHandlesStepInput, { container }) => {
    if (!handles.length) {
      return new StepResponse(void 0)
    }
    const repeated = handles.filter((h, i) => handles.indexOf(h) !== i)
    const service = container.resolve<BrandModuleService>(BRAND_MODULE)
    const taken = (await service.listBrands({ handle: handles }, { select: ["id", "handle"] }))
      .filter((b) => !exclude_ids.includes(b.id))
      .map((b) => b.handle)
    const conflicts = [...new Set([...repeated, ...taken])]
    if (conflicts.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Brand with handle ${conflicts.map((h) => `"${h}"`).join(", ")} already exists`
      )
    }
    return new StepResponse(void 0)
  }
)
