import { model } from "@medusajs/framework/utils"

/**
 * Which visitor used a cart, so a guest's order (found through its cart) counts into that visitor's profile.
 * One row per cart: the first association wins and is never moved (see VisitorModuleService.associateCarts).
 * `associated_at` is the app server's clock, compared with the order's creation time: an association recorded
 * after the order was placed never attributes it.
 */
export const VisitorCart = model
  .define("tp_visitor_cart", {
    id: model.id({ prefix: "tpvc" }).primaryKey(),
    cart_id: model.text(),
    anonymous_id: model.text(),
    /** "request" (a cart route called with the visitor header) or "event" (a tracked event naming the cart). */
    source: model.text(),
    associated_at: model.dateTime(),
  })
  .indexes([{ on: ["cart_id"], unique: true, where: "deleted_at IS NULL" }])
