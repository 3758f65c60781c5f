import { model } from "@medusajs/framework/utils"

/** An address no flow may mail (bounced, complained, or blocked by the owner), whatever its consent says. */
export const EmailSuppression = model
  .define("tp_email_suppression", {
    id: model.id({ prefix: "tpsu" }).primaryKey(),
    address: model.text(),
    reason: model.enum(["bounced", "complained", "manual"]),
    source: model.text(),
    recorded_at: model.dateTime(),
  })
  .indexes([{ on: ["address"], unique: true }])
