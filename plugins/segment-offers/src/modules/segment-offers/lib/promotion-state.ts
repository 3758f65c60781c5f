import type { PromotionStateRow } from "@touchpoints/core/medusa-tables"
import type { PromotionState } from "./pick-offer"

/** A promotion's row as core's Medusa-table query answers it, in the shape offers are ranked with. */
export const toPromotionState = (row: PromotionStateRow): PromotionState => ({
  id: row.id,
  code: row.code,
  status: row.status,
  usage: row.usage_limit === null ? null : { limit: row.usage_limit, used: row.usage_used },
  type: row.type ?? "fixed",
  value: row.value ?? 0,
  currency_code: row.currency_code,
  campaign: row.campaign_id
    ? {
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        budget: row.budget_type ? { type: row.budget_type, limit: row.budget_limit, used: row.budget_used } : null,
      }
    : null,
})
