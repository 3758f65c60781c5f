import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ImportFormat } from "../../lib/import-formats"
import { orderBaskets } from "../../lib/read-order-history"
import { titleKey } from "../../lib/title-key"
import { ALSO_BOUGHT_MODULE } from "../../modules/also-bought"
import type AlsoBoughtModuleService from "../../modules/also-bought/service"
import type { Basket } from "../../modules/also-bought/service"

export const importBasketsStepId = "touchpoints-also-bought-import-baskets-step"

export type ImportBasketsStepInput = {
  importRun: string
  source: string
  file: string
  format: ImportFormat
  columns?: { order: string; item: string }
  /** The product of each title (null: unknown, left out of its baskets). */
  products: { title: string; product_id: string | null }[]
}

/**
 * Streams the export's baskets into the statistics (counted exactly like orders), mapping titles to products;
 * a basket with no known product is skipped. Compensation takes off exactly this run's baskets.
 */
export const importBasketsStep = createStep(
  importBasketsStepId,
  async (input: ImportBasketsStepInput, { container }) => {
    const productOf = new Map(input.products.map((entry) => [titleKey(entry.title), entry.product_id]))
    let withoutProducts = 0
    async function* baskets(): AsyncGenerator<Basket> {
      for await (const basket of orderBaskets(input.file, input.format, { columns: input.columns })) {
        const productIds = basket.titles
          .map((title) => productOf.get(titleKey(title)))
          .filter((id): id is string => !!id)
        if (productIds.length) yield { orderId: `import:${input.source}:${basket.key}`, productIds }
        else withoutProducts += 1
      }
    }
    const statistics = container.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
    const counted = await statistics.importBaskets({ importRun: input.importRun, baskets: baskets() })
    return new StepResponse({ ...counted, withoutProducts }, input.importRun)
  },
  async (importRun: string | undefined, { container }) => {
    if (importRun) await container.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE).removeImportRun(importRun)
  }
)
