import { model } from "@medusajs/framework/utils"

/** The owner's settings for the three groups (one row; the plugin options are the defaults). */
export const GroupSettings = model.define("tp_ns_group_settings", {
  id: model.id({ prefix: "tpnss" }).primaryKey(),
  /** Group keys in display order. */
  group_order: model.json(),
  /** Per group: title (may hold `{brand}`) and size; missing keys use the options. */
  groups: model.json(),
})
