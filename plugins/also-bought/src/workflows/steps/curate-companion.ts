import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ALSO_BOUGHT_MODULE } from "../../modules/also-bought"
import type AlsoBoughtModuleService from "../../modules/also-bought/service"
import type { CurationAction, CurationRow } from "../../modules/also-bought/service"

export const curateCompanionStepId = "touchpoints-also-bought-curate-companion-step"

export type CurateCompanionInput =
  | { product_id: string; companion_id: string; action: CurationAction; position?: number }
  | { product_id: string; companion_id: string; action: "remove"; expected: CurationAction }

type Undo = { productId: string; rows: CurationRow[] }

/**
 * Pins or blocks a companion, or removes that decision (`expected` names which: removing a pin does not
 * remove a block). Compensation puts the product's pins and blocks back exactly as they were.
 */
export const curateCompanionStep = createStep(
  curateCompanionStepId,
  async (input: CurateCompanionInput, { container }) => {
    const statistics = container.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
    const key = { productId: input.product_id, companionId: input.companion_id }
    const before = await statistics.curationsFor(input.product_id)
    const undo: Undo = { productId: input.product_id, rows: before }
    if (input.action === "remove") {
      const current = before.find((row) => row.companion_id === input.companion_id && row.action === input.expected)
      if (!current) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Product ${input.companion_id} is not a ${input.expected}ed companion of product ${input.product_id}`
        )
      }
      await statistics.uncurate(key)
      return new StepResponse(null, undo)
    }
    const current = await statistics.curate({ ...key, action: input.action, position: input.position })
    return new StepResponse(current, undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (undo) await container.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE).putBackCurations(undo)
  }
)
