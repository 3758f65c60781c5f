import { model } from "@medusajs/framework/utils"

/**
 * A shopper's marketing-email choice for one flow, or for every flow (`flow` = "*"), with where and when it was
 * given. The newer of the flow's row and the "*" row decides.
 */
export const EmailConsent = model
  .define("tp_email_consent", {
    id: model.id({ prefix: "tpec" }).primaryKey(),
    address: model.text(),
    flow: model.text(),
    granted: model.boolean(),
    source: model.text(),
    recorded_at: model.dateTime(),
  })
  .indexes([{ on: ["address", "flow"], unique: true }])
