import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { PersonalDataErased, PersonalDataExport } from "./personal-data"

type Manager = SqlEntityManager

/** A piece of SQL with its bindings (knex raw: one `?` per value). */
export type SqlPart = { sql: string; params: unknown[] }

/**
 * One kind of record a plugin keeps about a subject: its table and which rows are the subject's. A module's
 * repository lists its kinds children first, so deleting them in order never leaves an orphan (the ids that tie rows
 * to the person through a parent are read before anything is deleted).
 */
export type PersonalRows = { kind: string; table: string; where: SqlPart }

/** `column IN (...)` over the values, or FALSE for none (PostgreSQL refuses an empty IN list). */
export function anyOf(column: string, values: readonly unknown[]): SqlPart {
  if (!values.length) return { sql: "FALSE", params: [] }
  return { sql: `${column} IN (${values.map(() => "?").join(", ")})`, params: [...values] }
}

/** The parts joined with OR (FALSE for none). */
export function either(...parts: SqlPart[]): SqlPart {
  const live = parts.filter((part) => part.sql !== "FALSE")
  if (!live.length) return { sql: "FALSE", params: [] }
  return { sql: live.map((part) => `(${part.sql})`).join(" OR "), params: live.flatMap((part) => part.params) }
}

/** Every kind's rows as stored (soft-deleted rows too: they are still kept data). */
export async function readPersonalRows(manager: Manager, kinds: readonly PersonalRows[]): Promise<PersonalDataExport> {
  const found: PersonalDataExport = {}
  for (const { kind, table, where } of kinds) {
    found[kind] =
      where.sql === "FALSE" ? [] : await manager.execute(`SELECT * FROM ${table} WHERE ${where.sql}`, where.params)
  }
  return found
}

/** Hard-deletes every kind's rows in the order given; deleting what is already gone deletes nothing. */
export async function deletePersonalRows(
  manager: Manager,
  kinds: readonly PersonalRows[]
): Promise<PersonalDataErased> {
  const erased: PersonalDataErased = {}
  for (const { kind, table, where } of kinds) {
    if (where.sql === "FALSE") {
      erased[kind] = 0
      continue
    }
    const rows = await manager.execute<{ id: string }[]>(
      `DELETE FROM ${table} WHERE ${where.sql} RETURNING id`,
      where.params
    )
    erased[kind] = rows.length
  }
  return erased
}
