import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"

// SQL of tp_offer_segment_member: the customers' stored memberships. One exported object: Medusa registers every
// function exported from `repositories/` as a repository class.

type Manager = SqlEntityManager

type Membership = { segment_id: string; customer_id: string }

const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/** The stored memberships of these customers (one query for a page of them). */
async function ofCustomers(manager: Manager, customerIds: readonly string[]): Promise<Membership[]> {
  if (!customerIds.length) return []
  return manager.execute<Membership[]>(
    `SELECT segment_id, customer_id FROM tp_offer_segment_member
      WHERE customer_id IN (${marks(customerIds)}) AND deleted_at IS NULL`,
    [...customerIds]
  )
}

/** Deletes exits, one by one. */
async function remove(manager: Manager, exits: readonly Membership[]): Promise<void> {
  for (const exit of exits) {
    await manager.execute("DELETE FROM tp_offer_segment_member WHERE segment_id = ? AND customer_id = ?", [
      exit.segment_id,
      exit.customer_id,
    ])
  }
}

/** Inserts entries; answers those actually inserted (a concurrent sync may have won). */
async function insert(manager: Manager, entries: readonly Membership[]): Promise<(Membership & { id: string })[]> {
  if (!entries.length) return []
  const values = entries.flatMap((entry) => [generateEntityId("", "tpsm"), entry.segment_id, entry.customer_id])
  return manager.execute<(Membership & { id: string })[]>(
    `INSERT INTO tp_offer_segment_member (id, segment_id, customer_id, entered_at, created_at, updated_at)
     VALUES ${entries.map(() => "(?, ?, ?, now(), now(), now())").join(", ")}
     ON CONFLICT (segment_id, customer_id) WHERE deleted_at IS NULL DO NOTHING
     RETURNING id, segment_id, customer_id`,
    values
  )
}

/** Notes when members were mailed their segment's offer. */
async function markEmailed(manager: Manager, memberIds: readonly string[]): Promise<void> {
  if (!memberIds.length) return
  await manager.execute(
    `UPDATE tp_offer_segment_member SET emailed_at = now(), updated_at = now() WHERE id IN (${marks(memberIds)})`,
    [...memberIds]
  )
}

export const segmentMembers = { ofCustomers, remove, insert, markEmailed }
