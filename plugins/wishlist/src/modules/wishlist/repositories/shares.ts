import { LIVE_LIST, type Manager } from "../lib/sql"
import type { WishlistRow } from "../lib/types"

// SQL of a list's sharing (the share columns of tp_wishlist): which list a link opens, and starting, rotating
// or stopping a share. One exported object: Medusa registers every function exported from a module's
// `repositories/` as a repository class.

/** The live list behind a share nonce whose share has not expired. */
async function listOfNonce(manager: Manager, nonce: string): Promise<WishlistRow | undefined> {
  const [row] = await manager.execute<WishlistRow[]>(
    `SELECT * FROM tp_wishlist WHERE share_nonce = ? AND share_expires_at > now() AND ${LIVE_LIST}`,
    [nonce]
  )
  return row
}

/** Shares a list under a nonce until `expiresAt` (replacing any earlier nonce), or stops sharing (null). */
async function set(
  manager: Manager,
  id: string,
  share: { nonce: string; expiresAt: Date } | null
): Promise<WishlistRow> {
  const [row] = await manager.execute<WishlistRow[]>(
    `UPDATE tp_wishlist SET share_nonce = ?, share_expires_at = ?, shared_at = ${share ? "now()" : "NULL"},
     updated_at = now() WHERE id = ? RETURNING *`,
    [share?.nonce ?? null, share?.expiresAt ?? null, id]
  )
  return row
}

export const wishlistShares = { listOfNonce, set }
