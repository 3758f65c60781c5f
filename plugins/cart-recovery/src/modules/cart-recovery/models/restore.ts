import { model } from "@medusajs/framework/utils"

/**
 * A recovery link followed: the reminded cart's lines went into `cart_id` (the shopper's own cart, or a new one
 * made for them), so an order from `cart_id` counts as the reminded cart's recovery. The reminded cart's id is
 * never shown to whoever followed the link.
 */
export const Restore = model
  .define("tp_cr_restore", {
    id: model.id({ prefix: "tpcrx" }).primaryKey(),
    reminded_cart_id: model.text(),
    cart_id: model.text(),
  })
  .indexes([{ on: ["cart_id"] }, { on: ["reminded_cart_id"] }])
