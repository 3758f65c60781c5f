import { model } from "@medusajs/framework/utils"

/**
 * One shown / clicked / applied / redeemed of an offer, attributed to the segment that earned it. `dedupe_key`
 * makes each count once: per visitor and day for shown and clicked, per cart for applied, per order for redeemed.
 */
export const OfferEvent = model
  .define("tp_offer_event", {
    id: model.id({ prefix: "tpoe" }).primaryKey(),
    offer_id: model.text(),
    segment_id: model.text().nullable(),
    kind: model.enum(["shown", "clicked", "applied", "redeemed"]),
    dedupe_key: model.text(),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    amount: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
  })
  .indexes([{ on: ["offer_id", "kind", "dedupe_key"], unique: true }, { on: ["created_at"] }])
