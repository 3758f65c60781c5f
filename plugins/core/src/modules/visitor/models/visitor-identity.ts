import { model } from "@medusajs/framework/utils"

/** A browser's first-party visitor id, pointing at the profile it feeds (several ids can feed one profile). */
export const VisitorIdentity = model
  .define("tp_visitor_identity", {
    id: model.id({ prefix: "tpvi" }).primaryKey(),
    anonymous_id: model.text(),
    profile_id: model.text(),
  })
  .indexes([{ on: ["anonymous_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["profile_id"] }])
