import { model } from "@medusajs/framework/utils"
import { CONSENT_SOURCES } from "../lib/consent-entry"

/**
 * One change of a shopper's marketing-email choice, for one flow or every flow (`flow` = "*"). Append-only: a
 * change is a new row, never an update, so the history shows who changed what, when (the server's clock), how
 * (`source`) and on what evidence (`proof`). lib/consent-precedence.ts turns the rows into the effective state.
 */
export const EmailConsentEntry = model
  .define("tp_email_consent_entry", {
    id: model.id({ prefix: "tpce" }).primaryKey(),
    address: model.text(),
    flow: model.text(),
    granted: model.boolean(),
    source: model.enum([...CONSENT_SOURCES]),
    /** "customer:<id>", "token:unsubscribe", "token:consent-confirmation:<entry id>", "user:<id>", "legacy:..." or "unverified". */
    proof: model.text(),
    cart_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    recorded_at: model.dateTime(),
  })
  .indexes([{ on: ["address", "recorded_at"] }, { on: ["proof"] }])
