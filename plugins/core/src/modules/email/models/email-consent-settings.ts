import { model } from "@medusajs/framework/utils"

/**
 * The owner's consent rules saved in the admin (one row): which flows count a guest's opt-in at once (single
 * opt-in). Without a row, core's `email.consent.singleOptInFlows` option applies.
 */
export const EmailConsentSettings = model.define("tp_email_consent_settings", {
  id: model.id({ prefix: "tpcs" }).primaryKey(),
  single_opt_in_flows: model.array(),
  updated_by: model.text().nullable(),
})
