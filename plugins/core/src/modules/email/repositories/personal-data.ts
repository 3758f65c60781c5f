import type { PersonalDataSubject } from "../../../lib/personal-data"
import { anyOf, either, type PersonalRows, type SqlPart } from "../../../lib/personal-data-rows"
import { erasedAddressOf } from "../lib/erased-address"

// Which email rows are a person's (see lib/personal-data-rows.ts). One exported object: Medusa registers every
// function exported from a module's `repositories/` as a repository class.

/**
 * A message to someone else that quotes the address (an owner's alert about the shopper's answer): found by its
 * text, a scan of the sends table that only an erasure runs.
 */
function mentioning(address: string): SqlPart {
  const pattern = `%${address.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
  return { sql: "subject ILIKE ? OR html ILIKE ? OR body_text ILIKE ?", params: [pattern, pattern, pattern] }
}

/** Sends to the addresses or about the person's customers, carts and orders; their consent changes; suppressions. */
function kinds(subject: PersonalDataSubject): PersonalRows[] {
  const customerProofs = subject.customer_ids.map((id) => `customer:${id}`)
  return [
    {
      kind: "sends",
      table: "tp_email_send",
      where: either(
        anyOf("recipient", subject.emails),
        anyOf("subject_id", [...subject.customer_ids, ...subject.cart_ids, ...subject.order_ids]),
        ...subject.emails.map(mentioning)
      ),
    },
    {
      kind: "consent_changes",
      table: "tp_email_consent_entry",
      where: either(
        anyOf("address", subject.emails),
        anyOf("customer_id", subject.customer_ids),
        anyOf("proof", customerProofs),
        anyOf("cart_id", subject.cart_ids)
      ),
    },
    { kind: "suppressions", table: "tp_email_suppression", where: anyOf("address", subject.emails) },
  ]
}

/** The hashed opt-outs and suppressions an earlier erasure kept for the addresses (exported, never erased). */
function kept(subject: PersonalDataSubject): PersonalRows[] {
  const hashes = subject.emails.map(erasedAddressOf)
  return [
    { kind: "kept_opt_outs", table: "tp_email_consent_entry", where: anyOf("address", hashes) },
    { kind: "kept_suppressions", table: "tp_email_suppression", where: anyOf("address", hashes) },
  ]
}

export const emailPersonalData = { kinds, kept }
