import { model } from "@medusajs/framework/utils"

/**
 * A basket counted into the statistics, with the distinct products it counted for: counting is idempotent
 * (one row per order) and a cancellation takes off exactly what was added. `source` tells a store order from a
 * basket imported from another platform's history (`order_id` is then `import:<source label>:<order key>`);
 * a full rebuild from the store's orders keeps the imported ones.
 */
export const CountedOrder = model
  .define("tp_ab_order", {
    id: model.id({ prefix: "tpabo" }).primaryKey(),
    order_id: model.text(),
    product_ids: model.json(),
    source: model.enum(["order", "import"]).default("order"),
    /** The import run that added the basket, so a failed import can take off exactly its own rows. */
    import_run: model.text().nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["import_run"], where: "deleted_at IS NULL AND import_run IS NOT NULL" },
  ])
