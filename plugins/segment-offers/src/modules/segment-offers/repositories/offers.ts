import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { LiveOffer } from "../lib/types"

// SQL of tp_offer: the list the store ranks, and the offers handing out given promotions. One exported object:
// Medusa registers every function exported from `repositories/` as a repository class.

type Manager = SqlEntityManager

/** What the cart checks and the redemption count need of an offer. */
export type OfferOfPromotion = { id: string; segment_ids: string[]; once_per_shopper: boolean; promotion_id: string }

/** Every offer (paused and scheduled too: availability is decided per request), without its promotion's state. */
async function all(manager: Manager): Promise<Omit<LiveOffer, "promotion">[]> {
  return manager.execute<Omit<LiveOffer, "promotion">[]>(
    `SELECT id, name, segment_ids, promotion_id, priority, status, starts_at, ends_at, placements, content
       FROM tp_offer WHERE deleted_at IS NULL ORDER BY id`
  )
}

/** The offers handing out one of these promotions. */
async function ofPromotions(manager: Manager, promotionIds: readonly string[]): Promise<OfferOfPromotion[]> {
  const ids = [...new Set(promotionIds)]
  if (!ids.length) return []
  return manager.execute<OfferOfPromotion[]>(
    `SELECT id, segment_ids, once_per_shopper, promotion_id FROM tp_offer
      WHERE deleted_at IS NULL AND promotion_id IN (${ids.map(() => "?").join(", ")})`,
    ids
  )
}

/** Replaces a json column wholesale (the ORM merges json columns on update). */
async function replaceJson(
  manager: Manager,
  input: {
    table: "tp_offer_segment" | "tp_offer"
    id: string
    column: "rule" | "segment_ids" | "placements" | "content"
    value: unknown
  }
): Promise<void> {
  await manager.execute(`UPDATE ${input.table} SET ${input.column} = ?::jsonb, updated_at = now() WHERE id = ?`, [
    JSON.stringify(input.value),
    input.id,
  ])
}

export const offerRows = { all, ofPromotions, replaceJson }
