/** A cart the scan found with an email, items, no order, and inactive since `last_activity_at`. */
export type ScannedCart = {
  id: string
  email: string
  last_activity_at: Date
  reminders_sent: number
}

export type ScanPage = { carts: ScannedCart[]; lastId: string | null; full: boolean }

/** Why a due reminder was not sent, or "sent"/"failed"/"dead" from the email core. */
export type ReminderOutcome =
  | "sent"
  | "failed"
  | "dead"
  | "ordered"
  | "emptied"
  | "unavailable"
  | "recent_purchase"
  | "no_consent"
  | "unsubscribed"
  | "suppressed"

export type CartRecoveryStats = {
  from: string
  to: string
  carts_abandoned: number
  emails_sent: { step: number; sent: number }[]
  emails_sent_total: number
  carts_clicked: number
  clicks: number
  carts_recovered: number
  recovered_after_click: number
  recovered_revenue: { currency_code: string; amount: number }[]
}
