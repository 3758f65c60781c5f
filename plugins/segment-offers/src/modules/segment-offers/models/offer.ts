import { model } from "@medusajs/framework/utils"

/** What a shopper sees: a banner or card with a call to action. */
export type OfferContent = {
  headline: string
  text: string | null
  image_url: string | null
  cta_label: string | null
  cta_url: string | null
}

/**
 * An offer for one or more segments, backed by a Medusa promotion (its code, value, campaign budget and
 * dates). The best one per shopper wins: priority, then worth, then id.
 */
export const Offer = model
  .define("tp_offer", {
    id: model.id({ prefix: "tpoff" }).primaryKey(),
    name: model.text(),
    segment_ids: model.json<string[]>(),
    promotion_id: model.text(),
    priority: model.number().default(0),
    status: model.enum(["active", "paused"]).default("active"),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    placements: model.json<string[]>(),
    content: model.json<OfferContent>(),
    /**
     * One redemption per shopper: a customer, or an email address, that already placed an order with this
     * offer's code cannot use it again (checked at checkout). For offers that rest on browser-reported facts,
     * which a visitor can make up with fresh ids; offers made before 0.2 keep false.
     */
    once_per_shopper: model.boolean().default(false),
  })
  .indexes([{ on: ["promotion_id"] }])
