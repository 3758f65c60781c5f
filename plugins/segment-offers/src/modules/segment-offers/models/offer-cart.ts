import { model } from "@medusajs/framework/utils"

/**
 * Whose cart it is, as far as offers go: written when a shopper applies an offer (or asks for offers with the
 * cart), read when the code is checked again at checkout. One row per cart.
 */
export const OfferCart = model
  .define("tp_offer_cart", {
    id: model.id({ prefix: "tpoc" }).primaryKey(),
    cart_id: model.text(),
    profile_id: model.text(),
    offer_id: model.text().nullable(),
    segment_id: model.text().nullable(),
  })
  .indexes([{ on: ["cart_id"], unique: true, where: "deleted_at IS NULL" }])
