import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

// The advisory locks that serialize every claim, consent change and erasure of one address across instances
// (PostgreSQL holds them until the transaction ends).
// One exported object: Medusa registers every function exported from a module's `repositories/` as a
// repository class.

type Manager = SqlEntityManager

/** Locks one address. */
async function lock(manager: Manager, address: string): Promise<void> {
  await manager.execute("SELECT pg_advisory_xact_lock(hashtext('tp_email:' || ?))", [address])
}

/** Locks some addresses in one statement, in address order, so two batches never wait for each other in a circle. */
async function lockAll(manager: Manager, addresses: readonly string[]): Promise<void> {
  await manager.execute(
    `SELECT pg_advisory_xact_lock(hashtext('tp_email:' || r))
       FROM (SELECT r FROM (VALUES ${addresses.map(() => "(?)").join(", ")}) AS v(r) ORDER BY r) AS sorted`,
    [...addresses]
  )
}

export const addressLocks = { lock, lockAll }
