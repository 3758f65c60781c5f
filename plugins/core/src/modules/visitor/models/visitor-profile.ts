import { model } from "@medusajs/framework/utils"
import type { UtmTouch } from "../lib/types"

/**
 * One shopper's behaviour summary, kept up to date from events and orders.
 * A profile is anonymous until linked to a customer; a customer has at most one profile.
 */
export const VisitorProfile = model
  .define("tp_visitor_profile", {
    id: model.id({ prefix: "tpvp" }).primaryKey(),
    customer_id: model.text().nullable(),
    visits: model.number().default(0),
    visits_since_last_order: model.number().default(0),
    event_count: model.number().default(0),
    page_views: model.number().default(0),
    searches: model.number().default(0),
    add_to_carts: model.number().default(0),
    checkouts_started: model.number().default(0),
    first_seen_at: model.dateTime().nullable(),
    last_seen_at: model.dateTime().nullable(),
    first_utm: model.json<UtmTouch>().nullable(),
    last_utm: model.json<UtmTouch>().nullable(),
    product_views: model.json<Record<string, number>>().default({}),
    category_views: model.json<Record<string, number>>().default({}),
    recent_product_ids: model.json<string[]>().default([]),
    last_cart_id: model.text().nullable(),
    order_count: model.number().default(0),
    last_order_at: model.dateTime().nullable(),
    /** Amounts per currency code, e.g. { "eur": 120.5 }. */
    total_spent: model.json<Record<string, number>>().default({}),
    analytics_consent: model.boolean().nullable(),
    consent_source: model.text().nullable(),
    consent_updated_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "customer_id IS NOT NULL AND deleted_at IS NULL" },
    // a guest's typed offer code is checked against the profile that last used the cart
    { on: ["last_cart_id"], where: "last_cart_id IS NOT NULL AND deleted_at IS NULL" },
  ])
