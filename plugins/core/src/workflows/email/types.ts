import type { BlockReason } from "../../modules/email/lib/types"

export type SendEmailInput = {
  /** The flow's name ("cart-recovery"): consent, unsubscribe and the idempotency key are per flow. */
  flow: string
  /** What the message is about (a cart id, an order id...). */
  subject_id: string
  /** The step of the flow ("1", "2", "alert-2026-11-26"...). `<flow>:<subject_id>:<step>` is sent at most once. */
  step: string
  to: string
  marketing: boolean
  /** Marketing flows that need a recorded opt-in never mail without one. */
  requires_consent: boolean
  template: string
  template_root: string
  locale?: string
  data: Record<string, unknown>
}

export type SendEmailResult = {
  status: "sent" | "failed" | "dead" | "duplicate" | "blocked"
  reason: BlockReason | null
  send_id: string | null
}
