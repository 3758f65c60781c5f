import { model } from "@medusajs/framework/utils"
import type { UtmParams } from "../lib/types"

/** A raw visitor event; deleted by the retention job once older than the configured days. */
export const VisitorEvent = model
  .define("tp_visitor_event", {
    id: model.id({ prefix: "tpve" }).primaryKey(),
    profile_id: model.text(),
    anonymous_id: model.text(),
    type: model.text(),
    occurred_at: model.dateTime(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    category_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    quantity: model.number().nullable(),
    query: model.text().nullable(),
    url: model.text().nullable(),
    referrer: model.text().nullable(),
    title: model.text().nullable(),
    utm: model.json<UtmParams>().nullable(),
    placement: model.text().nullable(),
    anchor_product_id: model.text().nullable(),
    product_ids: model.json().nullable(),
  })
  .indexes([
    { on: ["profile_id", "occurred_at"] },
    { on: ["occurred_at"] },
    { on: ["placement", "occurred_at"], where: "placement IS NOT NULL" },
  ])
