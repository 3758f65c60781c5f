import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type MedusaDb, productIdsInCategory } from "@touchpoints/core/medusa-tables"

const DEFAULT_DAYS = 90

/** The report's period: `to` (default now) back to `from` (default 90 days before `to`). */
export function periodOf(query: { from?: string; to?: string }): { from: Date; to: Date } {
  const to = query.to ? new Date(query.to) : new Date()
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_DAYS * 86_400_000)
  return { from, to }
}

/**
 * The shared filters of the report and the responses list, as the service takes them. A category filter becomes
 * the category's products, read from Medusa's tables (core's `productIdsInCategory`).
 */
export async function scopeOf(
  req: MedusaRequest,
  query: {
    from?: string
    to?: string
    product_id?: string
    category_id?: string
    band?: "detractor" | "passive" | "promoter"
    has_comment?: boolean
    q?: string
  }
) {
  return {
    ...periodOf(query),
    productId: query.product_id,
    categoryProductIds: query.category_id ? await productIdsInCategory(medusaDbOf(req), query.category_id) : undefined,
    band: query.band,
    hasComment: query.has_comment,
    q: query.q,
  }
}

/** Medusa's database connection, for core's queries over Medusa's own tables. */
export function medusaDbOf(req: MedusaRequest): MedusaDb {
  return req.scope.resolve<MedusaDb>(ContainerRegistrationKeys.PG_CONNECTION)
}
