import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { LiveSegment } from "../lib/types"

// SQL of tp_offer_segment the store reads on every request (cached by the service). One exported object: Medusa
// registers every function exported from `repositories/` as a repository class.

/** Active segments, oldest first. */
async function live(manager: SqlEntityManager): Promise<LiveSegment[]> {
  return manager.execute<LiveSegment[]>(
    `SELECT id, name, rule, mirror_to_group, customer_group_id, email_offer FROM tp_offer_segment
      WHERE status = 'active' AND deleted_at IS NULL ORDER BY created_at, id`
  )
}

export const segmentRows = { live }
