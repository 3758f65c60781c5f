const DEFAULT_DAYS = 90

/** The report's period: `to` (default now) back to `from` (default 90 days before `to`). */
export function periodOf(query: { from?: string; to?: string }): { from: Date; to: Date } {
  const to = query.to ? new Date(query.to) : new Date()
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_DAYS * 86_400_000)
  return { from, to }
}

/** The shared filters of the report and the responses list, as the service takes them. */
export function scopeOf(query: {
  from?: string
  to?: string
  product_id?: string
  category_id?: string
  band?: "detractor" | "passive" | "promoter"
  has_comment?: boolean
  q?: string
}) {
  return {
    ...periodOf(query),
    productId: query.product_id,
    categoryId: query.category_id,
    band: query.band,
    hasComment: query.has_comment,
    q: query.q,
  }
}
