import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlPart } from "../../../lib/personal-data-rows"
import { marks } from "../../../lib/sql-marks"
import type { ConsentEntry, NewConsentEntry } from "../lib/consent-entry"
import type { ErasedOptOut } from "../lib/erased-opt-outs"

// SQL of tp_email_consent_entry: the append-only consent ledger (never updated: the history is the record).
// Which entry decides is the service's rule (lib/consent-precedence.ts).
// One exported object: Medusa registers every function exported from a module's `repositories/` as a
// repository class.

type Manager = SqlEntityManager

const ENTRY_COLUMNS = "id, address, flow, granted, source, proof, cart_id, customer_id, recorded_at"

/** Appends one change at the server's microsecond clock (which orders the ledger). */
async function append(manager: Manager, entry: NewConsentEntry & { address: string }): Promise<ConsentEntry> {
  const [row] = await manager.execute<ConsentEntry[]>(
    `INSERT INTO tp_email_consent_entry (id, address, flow, granted, source, proof, cart_id, customer_id, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
       RETURNING ${ENTRY_COLUMNS}`,
    [
      generateEntityId(undefined, "tpce"),
      entry.address,
      entry.flow,
      entry.granted,
      entry.source,
      entry.proof,
      entry.cart_id ?? null,
      entry.customer_id ?? null,
    ]
  )
  return row
}

/** Appends an opt-out an erasure keeps (hashed address, its original time). */
async function appendErasedOptOut(manager: Manager, optOut: ErasedOptOut): Promise<void> {
  await manager.execute(
    `INSERT INTO tp_email_consent_entry (id, address, flow, granted, source, proof, recorded_at)
         VALUES (?, ?, ?, false, ?, ?, ?)`,
    [generateEntityId(undefined, "tpce"), optOut.address, optOut.flow, optOut.source, optOut.proof, optOut.recorded_at]
  )
}

/** The live entries of some addresses, oldest first. */
async function ofAddresses(manager: Manager, addresses: readonly string[]): Promise<ConsentEntry[]> {
  return manager.execute<ConsentEntry[]>(
    `SELECT ${ENTRY_COLUMNS} FROM tp_email_consent_entry WHERE address IN (${marks(addresses)})
         AND deleted_at IS NULL ORDER BY recorded_at, id`,
    [...addresses]
  )
}

/** The entries `where` selects (soft-deleted too), oldest first. */
async function matching(manager: Manager, where: SqlPart): Promise<ConsentEntry[]> {
  return manager.execute<ConsentEntry[]>(
    `SELECT ${ENTRY_COLUMNS} FROM tp_email_consent_entry WHERE ${where.sql} ORDER BY recorded_at, id`,
    where.params
  )
}

async function byId(manager: Manager, id: string): Promise<ConsentEntry | null> {
  const [row] = await manager.execute<ConsentEntry[]>(
    `SELECT ${ENTRY_COLUMNS} FROM tp_email_consent_entry WHERE id = ? AND deleted_at IS NULL`,
    [id]
  )
  return row ?? null
}

/** The first entry carrying `proof`, or null. */
async function firstWithProof(manager: Manager, proof: string): Promise<ConsentEntry | null> {
  const [row] = await manager.execute<ConsentEntry[]>(
    `SELECT ${ENTRY_COLUMNS} FROM tp_email_consent_entry WHERE proof = ? AND deleted_at IS NULL
       ORDER BY recorded_at LIMIT 1`,
    [proof]
  )
  return row ?? null
}

export const consentLedger = {
  append,
  appendErasedOptOut,
  ofAddresses,
  matching,
  byId,
  firstWithProof,
}
