import { model } from "@medusajs/framework/utils"

/**
 * One email a flow wants sent, claimed under its idempotency key (`<flow>:<subject id>:<step>`) before the
 * provider is called. The rendered message is kept so a retry sends exactly what was claimed.
 * claimed -> sending -> sent, or -> failed -> (retry) sending -> ... -> dead after the last attempt.
 */
export const EmailSend = model
  .define("tp_email_send", {
    id: model.id({ prefix: "tpes" }).primaryKey(),
    idempotency_key: model.text(),
    flow: model.text(),
    subject_id: model.text(),
    step: model.text(),
    recipient: model.text(),
    marketing: model.boolean(),
    template: model.text(),
    locale: model.text(),
    subject: model.text(),
    html: model.text(),
    body_text: model.text(),
    headers: model.json(),
    status: model.enum(["claimed", "sending", "sent", "failed", "dead"]).default("claimed"),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime().nullable(),
    lease_until: model.dateTime().nullable(),
    last_error: model.text().nullable(),
    notification_id: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["recipient", "created_at"] },
    { on: ["status", "next_attempt_at"] },
    { on: ["flow", "subject_id"] },
  ])
