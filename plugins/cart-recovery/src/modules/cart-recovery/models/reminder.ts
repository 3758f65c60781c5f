import { model } from "@medusajs/framework/utils"

/** One reminder step's outcome for a cart (sent, or why not), for the stats and the audit trail. */
export const Reminder = model
  .define("tp_cr_reminder", {
    id: model.id({ prefix: "tpcrr" }).primaryKey(),
    cart_id: model.text(),
    step: model.number(),
    outcome: model.text(),
    send_id: model.text().nullable(),
    promotion_code: model.text().nullable(),
  })
  .indexes([{ on: ["cart_id", "step"], unique: true }, { on: ["created_at"] }])
