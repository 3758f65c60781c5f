import { model } from "@medusajs/framework/utils"
import { WishlistItem } from "./wishlist-item"

/**
 * A shopper's list. The owner is a customer (`customer_id`) or a guest (`guest_key`: the SHA-256 of the
 * guest token, so a database dump reveals no usable token). `name_key` is the lower-cased name, unique per
 * owner. Sharing keeps only a nonce: the signed link is recomputed from it, and clearing or replacing the
 * nonce kills every earlier link.
 */
export const Wishlist = model
  .define("tp_wishlist", {
    id: model.id({ prefix: "wl" }).primaryKey(),
    customer_id: model.text().nullable(),
    guest_key: model.text().nullable(),
    name: model.text(),
    name_key: model.text(),
    is_default: model.boolean().default(false),
    share_nonce: model.text().nullable(),
    share_expires_at: model.dateTime().nullable(),
    shared_at: model.dateTime().nullable(),
    items: model.hasMany(() => WishlistItem, { mappedBy: "wishlist" }),
  })
  .indexes([
    { on: ["customer_id", "name_key"], unique: true, where: "customer_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["guest_key", "name_key"], unique: true, where: "guest_key IS NOT NULL AND deleted_at IS NULL" },
    {
      on: ["customer_id"],
      unique: true,
      where: "is_default = true AND customer_id IS NOT NULL AND deleted_at IS NULL",
    },
    { on: ["guest_key"], unique: true, where: "is_default = true AND guest_key IS NOT NULL AND deleted_at IS NULL" },
    { on: ["share_nonce"], unique: true, where: "share_nonce IS NOT NULL" },
  ])
