import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"

// SQL of tp_offer_cart: which profile a cart belongs to for offers, and through which offer and segment. One
// exported object: Medusa registers every function exported from `repositories/` as a repository class.

type Manager = SqlEntityManager

export type CartClaim = { profile_id: string; offer_id: string | null; segment_id: string | null }

/** A cart's claim, or null. */
async function claimOf(manager: Manager, cartId: string): Promise<CartClaim | null> {
  const [row] = await manager.execute<CartClaim[]>(
    "SELECT profile_id, offer_id, segment_id FROM tp_offer_cart WHERE cart_id = ? AND deleted_at IS NULL",
    [cartId]
  )
  return row ?? null
}

/** Writes a cart's claim (the latest wins). */
async function upsert(manager: Manager, input: CartClaim & { cart_id: string }): Promise<void> {
  await manager.execute(
    `INSERT INTO tp_offer_cart (id, cart_id, profile_id, offer_id, segment_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, now(), now())
     ON CONFLICT (cart_id) WHERE deleted_at IS NULL DO UPDATE
       SET profile_id = excluded.profile_id, offer_id = excluded.offer_id, segment_id = excluded.segment_id,
           updated_at = now()`,
    [generateEntityId("", "tpoc"), input.cart_id, input.profile_id, input.offer_id, input.segment_id]
  )
}

/** Puts a claim back as it was: removed when there was none. */
async function restore(manager: Manager, cartId: string, previous: CartClaim | null): Promise<void> {
  if (!previous) {
    await manager.execute("DELETE FROM tp_offer_cart WHERE cart_id = ?", [cartId])
    return
  }
  await manager.execute(
    "UPDATE tp_offer_cart SET profile_id = ?, offer_id = ?, segment_id = ?, updated_at = now() WHERE cart_id = ? AND deleted_at IS NULL",
    [previous.profile_id, previous.offer_id, previous.segment_id, cartId]
  )
}

export const offerCarts = { claimOf, upsert, restore }
