import { model } from "@medusajs/framework/utils"

/**
 * A price drop or back-in-stock of a customer's saved item, waiting to be told by email (grouped per customer),
 * then sent or skipped (with the reason: no consent, unsubscribed, suppressed, expired).
 */
export const WishlistAlert = model
  .define("tp_wishlist_alert", {
    id: model.id({ prefix: "wlal" }).primaryKey(),
    customer_id: model.text(),
    item_id: model.text(),
    variant_id: model.text(),
    product_id: model.text().nullable(),
    kind: model.enum(["price_dropped", "back_in_stock"]),
    currency_code: model.text().nullable(),
    previous_amount: model.bigNumber().nullable(),
    amount: model.bigNumber().nullable(),
    status: model.enum(["pending", "sent", "skipped"]).default("pending"),
    reason: model.text().nullable(),
    send_id: model.text().nullable(),
  })
  .indexes([{ on: ["status", "customer_id", "created_at"] }])
