import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ALSO_BOUGHT_MODULE } from "../../modules/also-bought"
import type AlsoBoughtModuleService from "../../modules/also-bought/service"

export const importBasketsStepId = "also-bought-import-baskets"

export type ImportBasketsStepInput = { importRun: string; baskets: { orderId: string; productIds: string[] }[] }

/** Counts imported baskets like orders; compensation takes off exactly this run's baskets. */
export const importBasketsStep = createStep(
  importBasketsStepId,
  async (input: ImportBasketsStepInput, { container }) => {
    const statistics = container.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
    const result = await statistics.importBaskets(input)
    return new StepResponse(result, input.importRun)
  },
  async (importRun: string | undefined, { container }) => {
    if (importRun) await container.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE).removeImportRun(importRun)
  }
)
