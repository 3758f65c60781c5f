import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEXT_STEPS_MODULE } from "../../modules/next-steps"
import type NextStepsModuleService from "../../modules/next-steps/service"
import type { CurationRow } from "../../modules/next-steps/service"

export const replaceCurationsStepId = "touchpoints-next-steps-replace-curations-step"

type Input = { product_id: string; rows: Omit<CurationRow, "product_id">[] }

/**
 * Replaces a product page's pins and exclusions (every named product must exist and differ from the page's
 * product). Compensation puts the previous ones back.
 */
export const replaceCurationsStep = createStep(
  replaceCurationsStepId,
  async (input: Input, { container }) => {
    const ids = [...new Set([input.product_id, ...input.rows.map((row) => row.target_id)])]
    if (input.rows.some((row) => row.target_id === input.product_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A product page cannot pin or exclude its own product")
    }
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "product", fields: ["id"], filters: { id: ids } })
    const found = new Set((data as { id: string }[]).map((product) => product.id))
    const missing = ids.find((id) => !found.has(id))
    if (missing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${missing} was not found`)
    const previous = await container
      .resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
      .replaceCurations({ productId: input.product_id, rows: input.rows })
    return new StepResponse(input.rows, { productId: input.product_id, rows: previous })
  },
  async (undo: { productId: string; rows: CurationRow[] } | undefined, { container }) => {
    if (undo) await container.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE).replaceCurations(undo)
  }
)
