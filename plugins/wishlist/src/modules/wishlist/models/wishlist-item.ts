import { model } from "@medusajs/framework/utils"
import { Wishlist } from "./wishlist"

/**
 * A saved variant. Rows are never deleted when an item leaves a list: `removed_at` + `removal` say how
 * (removed, moved to a cart, merged into a customer's list), which keeps save -> purchase statistics
 * honest and lets a failed move be undone exactly. Titles and thumbnail are copied at save time so a
 * discontinued item still reads well; `saved_price` is `{ amount, currency_code, region_id }`.
 * `watch` is what the alert check saw last (`{ amount, currency_code, in_stock }`).
 */
export const WishlistItem = model
  .define("tp_wishlist_item", {
    id: model.id({ prefix: "wli" }).primaryKey(),
    wishlist: model.belongsTo(() => Wishlist, { mappedBy: "items" }),
    variant_id: model.text(),
    product_id: model.text().nullable(),
    quantity: model.number(),
    note: model.text().nullable(),
    line_metadata: model.json().nullable(),
    saved_price: model.json().nullable(),
    product_title: model.text().nullable(),
    variant_title: model.text().nullable(),
    product_handle: model.text().nullable(),
    variant_sku: model.text().nullable(),
    thumbnail: model.text().nullable(),
    source: model.enum(["manual", "cart", "merge"]).default("manual"),
    saved_at: model.dateTime(),
    removed_at: model.dateTime().nullable(),
    removal: model.enum(["removed", "moved_to_cart", "merged"]).nullable(),
    moved_to_cart_id: model.text().nullable(),
    purchased_at: model.dateTime().nullable(),
    purchase_order_id: model.text().nullable(),
    watch: model.json().nullable(),
  })
  .indexes([
    { on: ["wishlist_id", "variant_id"], unique: true, where: "removed_at IS NULL AND deleted_at IS NULL" },
    { on: ["variant_id"] },
    { on: ["moved_to_cart_id"], where: "moved_to_cart_id IS NOT NULL" },
  ])
