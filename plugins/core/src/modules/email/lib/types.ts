/** A row of tp_email_send as the service reads it. */
export type EmailSendRow = {
  id: string
  idempotency_key: string
  flow: string
  subject_id: string
  step: string
  recipient: string
  marketing: boolean
  template: string
  locale: string
  subject: string
  html: string
  body_text: string
  headers: Record<string, string>
  status: "claimed" | "sending" | "sent" | "failed" | "dead"
  attempts: number
  next_attempt_at: Date | null
  lease_until: Date | null
  last_error: string | null
  notification_id: string | null
  sent_at: Date | null
  created_at: Date
}

/** A rendered message, ready to be claimed. */
export type ComposedEmail = { subject: string; html: string; text: string; headers: Record<string, string> }

export type ClaimInput = {
  flow: string
  subjectId: string
  step: string
  recipient: string
  /** Marketing messages need consent (when the flow says so), count towards the frequency cap and can be unsubscribed. */
  marketing: boolean
  requiresConsent: boolean
  template: string
  locale: string
  message: ComposedEmail
}

/** Why a message may not go to an address now. */
export type BlockReason = "suppressed" | "unsubscribed" | "no_consent" | "frequency_cap"

export type ClaimOutcome =
  | { outcome: "claimed"; send: EmailSendRow }
  | { outcome: "duplicate"; send: EmailSendRow }
  | { outcome: "blocked"; reason: BlockReason }

export type Gate = { recipient: string; flow: string; marketing: boolean; requiresConsent: boolean }

/** The idempotency key of a flow's message: one per flow, subject (cart, order...) and step. */
export function idempotencyKeyOf(flow: string, subjectId: string, step: string): string {
  return `${flow}:${subjectId}:${step}`
}

/** Addresses are compared lower-cased and trimmed (the local part is case-insensitive in practice). */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase()
}
