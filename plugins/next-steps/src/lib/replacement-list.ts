import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { NEXT_STEPS_MODULE } from "../modules/next-steps"
import type NextStepsModuleService from "../modules/next-steps/service"
import type { MemoryRow } from "../modules/next-steps/service"

/** What became of a product, as its page sees it. */
export type ProductState = "live" | "unpublished" | "discontinued" | "deleted"

export type ReplacementEntry = {
  product_id: string
  handle: string
  title: string
  state: ProductState
  /** The status its page has now: 200 live, 301 to a published replacement, 410 gone without one. */
  page_status: 200 | 301 | 410
  replacement: { product_id: string; handle: string; title: string; status: string } | null
}

export function stateOf(row: Pick<MemoryRow, "status" | "discontinued" | "deleted_from_catalog_at">): ProductState {
  if (row.deleted_from_catalog_at) return "deleted"
  if (row.status !== "published") return "unpublished"
  return row.discontinued ? "discontinued" : "live"
}

/**
 * Remembered products with their state, page status and replacement (read from the catalog, or from the memory
 * when the replacement was deleted since; a deleted replacement counts as gone, so the page answers 410).
 */
export async function describeReplacements(scope: MedusaContainer, rows: MemoryRow[]): Promise<ReplacementEntry[]> {
  const ids = [...new Set(rows.flatMap((row) => (row.replacement_product_id ? [row.replacement_product_id] : [])))]
  const { data } = ids.length
    ? await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "handle", "title", "status"],
        filters: { id: ids },
      })
    : { data: [] }
  const found = new Map(
    (data as { id: string; handle: string; title: string; status: string }[]).map((product) => [product.id, product])
  )
  const missing = ids.filter((id) => !found.has(id))
  const remembered = await scope.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE).memoryOf(missing)
  for (const row of remembered) {
    found.set(row.product_id, { id: row.product_id, handle: row.handle, title: row.title, status: "deleted" })
  }
  return rows.map((row) => {
    const state = stateOf(row)
    const id = row.replacement_product_id
    // a replacement neither in the catalog nor remembered is shown by its id, as deleted
    const target = id ? (found.get(id) ?? { id, handle: "", title: id, status: "deleted" }) : undefined
    const replacement = target
      ? { product_id: target.id, handle: target.handle, title: target.title, status: target.status }
      : null
    return {
      product_id: row.product_id,
      handle: row.handle,
      title: row.title,
      state,
      page_status: state === "live" ? 200 : replacement?.status === "published" ? 301 : 410,
      replacement,
    }
  })
}
