import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

// SQL of tp_email_consent_settings: the consent policy the owner saved in the admin (written through the
// generated CRUD; read here, newest first). The fallback to core's options is the service's rule.
// One exported object: Medusa registers every function exported from a module's `repositories/` as a
// repository class.

type Manager = SqlEntityManager

/** The owner's latest saved single-opt-in flows, or null when nothing was saved. */
async function savedSingleOptInFlows(manager: Manager): Promise<string[] | null> {
  const [row] = await manager.execute<{ single_opt_in_flows: string[] }[]>(
    `SELECT single_opt_in_flows FROM tp_email_consent_settings WHERE deleted_at IS NULL
       ORDER BY updated_at DESC LIMIT 1`
  )
  return row ? row.single_opt_in_flows : null
}

export const consentPolicies = { savedSingleOptInFlows }
