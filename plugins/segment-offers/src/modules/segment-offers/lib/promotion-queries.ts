import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { PromotionState } from "./pick-offer"

// Read-only SQL over Medusa's promotion module tables: one query for every offer's promotion state.

const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ")

const PROMOTION_STATE = `
  SELECT p.id, p.code, p.status, p."limit"::float AS usage_limit, COALESCE(p.used, 0)::float AS usage_used, am.type, am.value::float AS value, am.currency_code,
         c.id AS campaign_id, c.starts_at, c.ends_at, b.type AS budget_type, b."limit"::float AS budget_limit,
         COALESCE(b.used, 0)::float AS budget_used
    FROM promotion p
    LEFT JOIN promotion_application_method am ON am.promotion_id = p.id AND am.deleted_at IS NULL
    LEFT JOIN promotion_campaign c ON c.id = p.campaign_id AND c.deleted_at IS NULL
    LEFT JOIN promotion_campaign_budget b ON b.campaign_id = c.id AND b.deleted_at IS NULL
   WHERE p.deleted_at IS NULL AND p.id IN `

type PromotionStateRow = {
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

const toPromotionState = (row: PromotionStateRow): PromotionState => ({
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

/** Current state of promotions by id: status, usage limit, value, campaign dates and budget. */
export async function readPromotionStates(
  manager: SqlEntityManager,
  ids: string[]
): Promise<Map<string, PromotionState>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const rows = await manager.execute<PromotionStateRow[]>(`${PROMOTION_STATE} (${marks(unique)})`, unique)
  return new Map(rows.map((row) => [row.id, toPromotionState(row)]))
}

/** The offers whose promotion has one of these codes, with their segments (the cart checks' question). */
export async function readOffersByCode(
  manager: SqlEntityManager,
  codes: string[]
): Promise<{ id: string; code: string; segment_ids: string[]; once_per_shopper: boolean; promotion_id: string }[]> {
  if (!codes.length) return []
  return manager.execute(
    `SELECT o.id, p.code, o.segment_ids, o.once_per_shopper, o.promotion_id FROM tp_offer o
       JOIN promotion p ON p.id = o.promotion_id AND p.deleted_at IS NULL
      WHERE o.deleted_at IS NULL AND p.code IN (${marks(codes)})`,
    codes
  )
}

/**
 * Whether the shopper of a cart already placed an order with the promotion: the same customer, or the same
 * email address (a guest's orders carry Medusa's guest customer of that email). Canceled orders don't count.
 */
export async function readRedeemedByCartShopper(
  manager: SqlEntityManager,
  promotionId: string,
  cartId: string
): Promise<boolean> {
  const [row] = await manager.execute<{ redeemed: boolean }[]>(
    `SELECT EXISTS (
       SELECT 1 FROM cart c
         JOIN order_promotion op ON op.promotion_id = ? AND op.deleted_at IS NULL
         JOIN "order" o ON o.id = op.order_id AND o.deleted_at IS NULL AND o.status <> 'canceled'
        WHERE c.id = ? AND ((c.customer_id IS NOT NULL AND o.customer_id = c.customer_id)
                         OR (c.email IS NOT NULL AND lower(o.email) = lower(c.email)))
     ) AS redeemed`,
    [promotionId, cartId]
  )
  return row?.redeemed === true
}
