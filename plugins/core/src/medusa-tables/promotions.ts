import { type MedusaDb, medusaRows } from "./medusa-db"

// ---- segment-offers: the state of the promotions offers hand out ----

/** A promotion's code, status, usage limit, value and its campaign's dates and budget (numbers as floats). */
export type PromotionStateRow = {
  id: string
  code: string
  status: string
  usage_limit: number | null
  usage_used: number
  type: "fixed" | "percentage" | null
  value: number | null
  currency_code: string | null
  campaign_id: string | null
  starts_at: Date | null
  ends_at: Date | null
  budget_type: string | null
  budget_limit: number | null
  budget_used: number
}

/** The current state of promotions by id, in one query; deleted promotions are absent. */
export async function promotionStates(db: MedusaDb, promotionIds: readonly string[]): Promise<PromotionStateRow[]> {
  const ids = [...new Set(promotionIds)]
  if (!ids.length) return []
  return medusaRows<PromotionStateRow>(
    db,
    `SELECT p.id, p.code, p.status, p."limit"::float AS usage_limit, COALESCE(p.used, 0)::float AS usage_used,
            am.type, am.value::float AS value, am.currency_code,
            c.id AS campaign_id, c.starts_at, c.ends_at, b.type AS budget_type, b."limit"::float AS budget_limit,
            COALESCE(b.used, 0)::float AS budget_used
       FROM promotion p
       LEFT JOIN promotion_application_method am ON am.promotion_id = p.id AND am.deleted_at IS NULL
       LEFT JOIN promotion_campaign c ON c.id = p.campaign_id AND c.deleted_at IS NULL
       LEFT JOIN promotion_campaign_budget b ON b.campaign_id = c.id AND b.deleted_at IS NULL
      WHERE p.deleted_at IS NULL AND p.id IN (${ids.map(() => "?").join(", ")})`,
    ids
  )
}

/** The live promotions with one of these codes (codes match exactly, as Medusa stores them). */
export async function promotionsByCode(
  db: MedusaDb,
  codes: readonly string[]
): Promise<{ id: string; code: string }[]> {
  const unique = [...new Set(codes)]
  if (!unique.length) return []
  return medusaRows<{ id: string; code: string }>(
    db,
    `SELECT p.id, p.code FROM promotion p
      WHERE p.deleted_at IS NULL AND p.code IN (${unique.map(() => "?").join(", ")})`,
    unique
  )
}
