import { model } from "@medusajs/framework/utils"

/**
 * One order's survey: how it was offered (email or inline on the order page), whether and when it went out or
 * why not, and the answers (NPS 0-10, effort 1-5, a comment). The row is also the claim on the order: it is
 * inserted once, so two workers never survey one order twice.
 */
export const Survey = model
  .define("tp_fb_survey", {
    id: model.id({ prefix: "tpfb" }).primaryKey(),
    order_id: model.text(),
    order_display_id: model.number().nullable(),
    customer_id: model.text().nullable(),
    email: model.text(),
    /** The customer id, or the lower-cased address for guests: the throttle counts per key. */
    throttle_key: model.text(),
    locale: model.text().nullable(),
    channel: model.enum(["email", "inline"]),
    state: model.enum(["sending", "sent", "skipped", "failed", "inline"]),
    skip_reason: model.text().nullable(),
    send_id: model.text().nullable(),
    /** When it became answerable (sent, or shown inline); it closes `answerWindowDays` later. */
    started_at: model.dateTime().nullable(),
    closes_at: model.dateTime().nullable(),
    nps_score: model.number().nullable(),
    ces_score: model.number().nullable(),
    comment: model.text().nullable(),
    first_answered_at: model.dateTime().nullable(),
    answered_at: model.dateTime().nullable(),
    /**
     * An automatic answer (the score page posted by itself) waits here until no other automatic answer came for
     * `scannerBurstSeconds` (`auto_settles_at`); then it becomes the answer, unless two different automatic
     * scores arrived in the burst (`auto_discarded`: a mail scanner opened every link). See lib/automatic-answers.
     */
    auto_score: model.number().nullable(),
    auto_at: model.dateTime().nullable(),
    auto_settles_at: model.dateTime().nullable(),
    auto_discarded: model.boolean().default(false),
    /** When the follow-up (owner alert or thank-you) for the settled answer was handled. */
    followed_up_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true },
    { on: ["throttle_key", "started_at"] },
    { on: ["first_answered_at"] },
    { on: ["started_at"] },
    { on: ["auto_settles_at"] },
  ])
