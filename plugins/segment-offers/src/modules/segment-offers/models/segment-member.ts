import { model } from "@medusajs/framework/utils"

/**
 * A customer's membership of a segment as last synced: what the customer-group mirror and the offer email
 * compare against. Guests are evaluated on every request and never stored here.
 */
export const SegmentMember = model
  .define(
    // the entity keeps its first name; the table moved under the module's one prefix (Migration20261207154105)
    { name: "tp_segment_member", tableName: "tp_offer_segment_member" },
    {
      id: model.id({ prefix: "tpsm" }).primaryKey(),
      segment_id: model.text(),
      customer_id: model.text(),
      entered_at: model.dateTime(),
      emailed_at: model.dateTime().nullable(),
    }
  )
  .indexes([{ on: ["segment_id", "customer_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["customer_id"] }])
