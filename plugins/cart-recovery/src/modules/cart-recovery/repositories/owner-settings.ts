import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import type { OwnerSettingsValue } from "../lib/owner-settings"

type Manager = SqlEntityManager

// The owner's saved settings (at most one row, replaced under an advisory lock).
// One exported object: Medusa registers every function exported from `repositories/` as a repository class.

async function savedSettings(manager: Manager): Promise<OwnerSettingsValue | null> {
  const [row] = await manager.execute<OwnerSettingsValue[]>(
    `SELECT steps, require_consent, max_cart_age_days, recovery_url FROM tp_cr_settings
     WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT 1`
  )
  return row ? { ...row, max_cart_age_days: Number(row.max_cart_age_days) } : null
}

async function replaceSavedSettings(
  manager: Manager,
  value: OwnerSettingsValue | null
): Promise<OwnerSettingsValue | null> {
  await manager.execute("SELECT pg_advisory_xact_lock(hashtext('tp_cr_settings'))")
  // at most one row: every save goes through here under the lock
  const [previous] = await manager.execute<OwnerSettingsValue[]>(
    `DELETE FROM tp_cr_settings WHERE deleted_at IS NULL
     RETURNING steps, require_consent, max_cart_age_days, recovery_url`
  )
  if (value) {
    await manager.execute(
      `INSERT INTO tp_cr_settings (id, steps, require_consent, max_cart_age_days, recovery_url)
       VALUES (?, ?::jsonb, ?, ?, ?)`,
      [
        generateEntityId(undefined, "tpcrs"),
        JSON.stringify(value.steps),
        value.require_consent,
        value.max_cart_age_days,
        value.recovery_url,
      ]
    )
  }
  return previous ? { ...previous, max_cart_age_days: Number(previous.max_cart_age_days) } : null
}

export const ownerSettingsRows = { savedSettings, replaceSavedSettings }
