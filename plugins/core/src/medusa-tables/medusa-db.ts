/**
 * What a Medusa-table query runs on: Medusa's shared PostgreSQL connection (`ContainerRegistrationKeys.PG_CONNECTION`,
 * a knex instance), resolved in the workflow step or job that needs the answer. Only `raw` is used.
 */
export type MedusaDb = {
  raw(sql: string, bindings?: readonly unknown[]): PromiseLike<{ rows: unknown[] }>
}

/** Runs one parameterised query and answers its rows. */
export async function medusaRows<Row>(db: MedusaDb, sql: string, bindings: readonly unknown[] = []): Promise<Row[]> {
  const result = await db.raw(sql, bindings as unknown[])
  return result.rows as Row[]
}
