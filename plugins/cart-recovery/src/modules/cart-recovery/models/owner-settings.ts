import { model } from "@medusajs/framework/utils"

/**
 * The shop owner's reminder sequence and rules, saved in the admin (at most one row; without it the plugin
 * options apply). `steps` holds `{ delay_hours, incentive_percent }` in order.
 */
export const OwnerSettings = model.define("tp_cr_settings", {
  id: model.id({ prefix: "tpcrs" }).primaryKey(),
  steps: model.json(),
  require_consent: model.boolean(),
  max_cart_age_days: model.number(),
  recovery_url: model.text(),
})
