import { model } from "@medusajs/framework/utils"

/** A browser's first-party visitor id, pointing at the profile it feeds (several ids can feed one profile). */
export const VisitorIdentity = model
  .define("tp_visitor_identity", {
    id: model.id({ prefix: "tpvi" }).primaryKey(),
    anonymous_id: model.text(),
    profile_id: model.text(),
    /**
     * When the id became a server-signed one: set on insert for ids this server issued, and once (by the
     * upgrade route) for an id a 0.1 widget chose itself. Null: a 0.1 id not upgraded yet.
     */
    signed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["anonymous_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["profile_id"] }])
