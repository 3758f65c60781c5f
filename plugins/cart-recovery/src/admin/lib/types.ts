export type Settings = {
  /** "owner": saved in the admin; "options": the plugin's options apply. */
  source: "owner" | "options"
  steps: { step: number; delay_hours: number; incentive_percent: number | null }[]
  require_consent: boolean
  max_cart_age_days: number
  recovery_url: string
}

export type Stats = {
  carts_abandoned: number
  emails_sent: { step: number; sent: number }[]
  emails_sent_total: number
  carts_clicked: number
  carts_recovered: number
  recovered_after_click: number
  recovered_revenue: { currency_code: string; amount: number }[]
}

export type Preview = { step: number; subject: string; html: string; text: string }
