import { createHash } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { importedProductHandle } from "../lib/title-key"
import { importBasketsStep } from "./steps/import-baskets"
import { matchProductTitlesStep } from "./steps/match-product-titles"

export const importOrderHistoryWorkflowId = "import-order-history-for-also-bought"

export type ImportOrderHistoryInput = {
  /** Labels this import's order keys (`import:<source>:<key>`): importing the same export twice counts it once. */
  source: string
  /** Unique per run, so a failure takes off exactly what this run added. */
  import_run: string
  /** Distinct titles, referenced by index from the baskets. */
  titles: string[]
  baskets: { key: string; titles: number[] }[]
  /** Create a draft product for every unknown title (else baskets keep only the known ones). */
  create_products: boolean
}

/**
 * Bootstraps the statistics from another platform's order history: matches titles to products (creating
 * the missing ones as drafts when asked), then counts the baskets exactly like orders.
 */
export const importOrderHistoryWorkflow = createWorkflow(
  importOrderHistoryWorkflowId,
  (input: ImportOrderHistoryInput) => {
    const matched = matchProductTitlesStep({ titles: input.titles })
    const missing = transform({ input, matched }, ({ input, matched }) =>
      input.create_products ? input.titles.filter((_title, index) => !matched.productIds[index]) : []
    )
    const created = when({ missing }, ({ missing }) => missing.length > 0).then(() =>
      createProductsWorkflow.runAsStep({
        input: transform({ input, missing }, ({ input, missing }) => ({
          products: missing.map((title) => ({
            title,
            handle: importedProductHandle(title, (text) => createHash("sha1").update(text).digest("hex")),
            status: "draft" as const,
            options: [{ title: "Default", values: ["Default"] }],
            metadata: { touchpoints_import: input.source, touchpoints_import_run: input.import_run },
          })),
        })),
      })
    )
    const plan = transform({ input, matched, missing, created }, ({ input, matched, missing, created }) => {
      const createdIds = new Map(missing.map((title, index) => [title, created?.[index]?.id]))
      const productIds = input.titles.map((title, index) => matched.productIds[index] ?? createdIds.get(title) ?? null)
      const unknownTitles = input.titles.filter((_title, index) => !productIds[index])
      const baskets = input.baskets
        .map((basket) => ({
          orderId: `import:${input.source}:${basket.key}`,
          productIds: basket.titles.map((index) => productIds[index]).filter((id): id is string => !!id),
        }))
        .filter((basket) => basket.productIds.length > 0)
      return {
        baskets,
        unknownTitles,
        matchedTitles: matched.productIds.filter(Boolean).length,
        createdProducts: missing.length,
        basketsWithoutProducts: input.baskets.length - baskets.length,
      }
    })
    const counted = importBasketsStep(
      transform({ input, plan }, ({ input, plan }) => ({ importRun: input.import_run, baskets: plan.baskets }))
    )
    return new WorkflowResponse(
      transform({ plan, counted }, ({ plan, counted }) => ({
        matched_titles: plan.matchedTitles,
        created_products: plan.createdProducts,
        unknown_titles: plan.unknownTitles,
        baskets_without_products: plan.basketsWithoutProducts,
        imported_orders: counted.imported,
        duplicate_orders: counted.duplicates,
        statistics: { orders: counted.orders, products: counted.products, pairs: counted.pairs },
      }))
    )
  }
)
