import { createHash } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ImportFormat } from "../lib/import-formats"
import { importedProductHandle } from "../lib/title-key"
import { importBasketsStep } from "./steps/import-baskets"
import { matchProductTitlesStep } from "./steps/match-product-titles"

export const importOrderHistoryWorkflowId = "touchpoints-also-bought-import-order-history"

export type ImportOrderHistoryInput = {
  /** Labels this import's order keys (`import:<source>:<key>`): importing the same export twice counts it once. */
  source: string
  /** Unique per run, so a failure takes off exactly what this run added. */
  import_run: string
  /** The export, read by the import step a basket at a time (constant memory for `baskets`). */
  file: string
  format: ImportFormat
  columns?: { order: string; item: string }
  /** Its distinct titles (a first read of the file). */
  titles: string[]
  /** Create a draft product for every unknown title (else baskets keep only the known ones). */
  create_products: boolean
}

/**
 * Bootstraps the statistics from another platform's order history: matches titles to products (creating
 * the missing ones as drafts when asked), then counts the baskets exactly like orders. Only titles travel
 * through the workflow; the baskets stream from the file into the database.
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
    const products = transform({ input, matched, missing, created }, ({ input, matched, missing, created }) => {
      const createdIds = new Map(missing.map((title, index) => [title, created?.[index]?.id]))
      return input.titles.map((title, index) => ({
        title,
        product_id: matched.productIds[index] ?? createdIds.get(title) ?? null,
      }))
    })
    const counted = importBasketsStep(
      transform({ input, products }, ({ input, products }) => ({
        importRun: input.import_run,
        source: input.source,
        file: input.file,
        format: input.format,
        columns: input.columns,
        products,
      }))
    )
    return new WorkflowResponse(
      transform({ products, missing, counted }, ({ products, missing, counted }) => ({
        matched_titles: products.length - missing.length - products.filter((entry) => !entry.product_id).length,
        created_products: missing.length,
        unknown_titles: products.filter((entry) => !entry.product_id).map((entry) => entry.title),
        baskets_without_products: counted.withoutProducts,
        imported_orders: counted.imported,
        duplicate_orders: counted.duplicates,
        statistics: { orders: counted.orders, products: counted.products, pairs: counted.pairs },
      }))
    )
  }
)
