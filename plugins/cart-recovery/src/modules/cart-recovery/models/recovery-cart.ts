import { model } from "@medusajs/framework/utils"

/**
 * What cart recovery knows about one cart: its last activity (kept from `cart.updated`, because Medusa does
 * not bump cart.updated_at when items change, medusajs/medusa#15043), how far the reminder sequence went,
 * clicks on the recovery link, when its lines were restored into another cart (the scan then leaves it alone)
 * and the order it turned into.
 */
export const RecoveryCart = model
  .define("tp_cr_cart", {
    id: model.id({ prefix: "tpcr" }).primaryKey(),
    cart_id: model.text(),
    last_activity_at: model.dateTime().nullable(),
    abandoned_at: model.dateTime().nullable(),
    reminders_sent: model.number().default(0),
    last_reminder_at: model.dateTime().nullable(),
    click_count: model.number().default(0),
    first_clicked_at: model.dateTime().nullable(),
    recovered_order_id: model.text().nullable(),
    recovered_total: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    recovered_at: model.dateTime().nullable(),
    restored_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["cart_id"], unique: true }, { on: ["abandoned_at"] }, { on: ["recovered_at"] }])
