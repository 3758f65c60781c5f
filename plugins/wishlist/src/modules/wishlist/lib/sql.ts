import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/** The manager every repository function takes: the service's (transaction) manager from its shared context. */
export type Manager = SqlEntityManager

/** `?, ?, ?` for an IN list (knex raw bindings take one value per mark). */
export const marks = (values: readonly unknown[]): string => values.map(() => "?").join(", ")

/** A jsonb binding: the value as JSON text, or SQL NULL. */
export const json = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value)

/** A live list (not deleted). */
export const LIVE_LIST = "deleted_at IS NULL"

/** An item still in its list (not removed, moved or merged away, not deleted). */
export const ACTIVE_ITEM = "removed_at IS NULL AND deleted_at IS NULL"
