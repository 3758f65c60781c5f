import type { Band, GroupBy } from "./types"

const DAY_MS = 86_400_000

/** The filters the report, the responses list and the CSV export share (empty strings: no filter). */
export type ReportFilters = {
  product_id: string
  category_id: string
  band: Band | ""
  has_comment: "true" | "false" | ""
  q: string
}

export const NO_FILTERS: ReportFilters = { product_id: "", category_id: "", band: "", has_comment: "", q: "" }

/** What the page shows: the last `days` days (ending when it was chosen), filtered, grouped. */
export type ReportView = { days: number; groupBy: GroupBy; filters: ReportFilters; to: Date }

/**
 * The query string of a report view for the admin API, plus `extra` parameters. Empty values are left out (the
 * API rejects unknown or empty parameters).
 */
export function reportQuery(view: ReportView, extra: Record<string, string | number | undefined> = {}): string {
  const from = new Date(view.to.getTime() - view.days * DAY_MS)
  const params = new URLSearchParams({ from: from.toISOString(), to: view.to.toISOString() })
  for (const [name, value] of Object.entries({ ...view.filters, ...extra })) {
    const text = value === undefined ? "" : String(value).trim()
    if (text) params.set(name, text)
  }
  return params.toString()
}
