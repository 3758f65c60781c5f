import { model } from "@medusajs/framework/utils"

/**
 * A group of shoppers described by a rule over their profile (see lib/rules.ts). Guests and customers alike;
 * customers' membership can be mirrored into a Medusa customer group and can trigger the offer by email.
 */
export const Segment = model
  .define(
    // the entity keeps its first name; the table moved under the module's one prefix (Migration20261207154105)
    { name: "tp_segment", tableName: "tp_offer_segment" },
    {
      id: model.id({ prefix: "tpseg" }).primaryKey(),
      name: model.text(),
      description: model.text().nullable(),
      rule: model.json(),
      status: model.enum(["active", "paused"]).default("active"),
      /** Keep a Medusa customer group in step with the customers in this segment. */
      mirror_to_group: model.boolean().default(false),
      customer_group_id: model.text().nullable(),
      /** Customers who enter the segment get its best offer by email (consent, cap and unsubscribe apply). */
      email_offer: model.boolean().default(false),
    }
  )
  .indexes([{ on: ["status"] }])
