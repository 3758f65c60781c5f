import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlPart } from "../../../lib/personal-data-rows"
import { marks } from "../../../lib/sql-marks"

// SQL of tp_email_suppression: the addresses no flow may mail (a bounce, a complaint, the owner's decision).
// One exported object: Medusa registers every function exported from a module's `repositories/` as a
// repository class.

type Manager = SqlEntityManager

export type SuppressionReason = "bounced" | "complained" | "manual"

/** Suppresses an address (a second suppression updates the reason, source and time). */
async function upsert(
  manager: Manager,
  input: { address: string; reason: SuppressionReason; source: string }
): Promise<void> {
  await manager.execute(
    `INSERT INTO tp_email_suppression (id, address, reason, source, recorded_at) VALUES (?, ?, ?, ?, now())
       ON CONFLICT (address) WHERE deleted_at IS NULL DO UPDATE SET reason = excluded.reason, source = excluded.source,
         recorded_at = now(), updated_at = now()`,
    [generateEntityId(undefined, "tpsu"), input.address, input.reason, input.source]
  )
}

/** Which of the addresses are suppressed. */
async function suppressedAmong(manager: Manager, addresses: readonly string[]): Promise<string[]> {
  const rows = await manager.execute<{ address: string }[]>(
    `SELECT address FROM tp_email_suppression WHERE address IN (${marks(addresses)}) AND deleted_at IS NULL`,
    [...addresses]
  )
  return rows.map((row) => row.address)
}

/**
 * Keeps a hashed copy of each suppression `where` selects (an erasure deletes the originals, the address stays
 * blocked). Answers how many copies were added.
 */
async function keepHashed(manager: Manager, where: SqlPart): Promise<number> {
  const rows = await manager.execute<{ id: string }[]>(
    `INSERT INTO tp_email_suppression (id, address, reason, source, recorded_at)
       SELECT 'tpsu_' || md5(random()::text || id), 'sha256:' || encode(sha256(convert_to(address, 'UTF8')), 'hex'),
              reason, 'erased', recorded_at
         FROM tp_email_suppression WHERE ${where.sql}
       ON CONFLICT (address) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
    where.params
  )
  return rows.length
}

export const suppressions = { upsert, suppressedAmong, keepHashed }
