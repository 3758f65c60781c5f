import { model } from "@medusajs/framework/utils"

/**
 * A detractor's answer, for the owner: an admin feed entry at once (with the order and the comment as it comes
 * in) and, when `alerts.email` is set, an email once the answer has settled. Withdrawn when the score is raised
 * out of the detractor band before that.
 */
export const Alert = model
  .define("tp_fb_alert", {
    id: model.id({ prefix: "tpfba" }).primaryKey(),
    survey_id: model.text(),
    order_id: model.text(),
    order_display_id: model.number().nullable(),
    customer_id: model.text().nullable(),
    email: model.text(),
    nps_score: model.number(),
    comment: model.text().nullable(),
    state: model.enum(["open", "withdrawn"]),
    email_state: model.enum(["pending", "sent", "none", "failed"]),
    send_id: model.text().nullable(),
    seen_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["survey_id"], unique: true }, { on: ["created_at"] }])
