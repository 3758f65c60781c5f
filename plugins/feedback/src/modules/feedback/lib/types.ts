import type { ScoreBand } from "./score-band"

/** An order the survey scan found: its start event (per `startAfter`) is at least `delayDays` old. */
export type DueOrder = {
  id: string
  display_id: number | null
  email: string
  customer_id: string | null
  locale: string | null
  started_at: Date
  canceled: boolean
  refunded: boolean
}

export type DueOrderPage = { orders: DueOrder[]; lastId: string | null; full: boolean }

export type SurveyState = "sending" | "sent" | "skipped" | "failed" | "inline"

/** A survey row as the service reads it. */
export type SurveyRow = {
  id: string
  order_id: string
  order_display_id: number | null
  customer_id: string | null
  email: string
  throttle_key: string
  locale: string | null
  channel: "email" | "inline"
  state: SurveyState
  skip_reason: string | null
  send_id: string | null
  started_at: Date | null
  closes_at: Date | null
  nps_score: number | null
  ces_score: number | null
  comment: string | null
  first_answered_at: Date | null
  answered_at: Date | null
  followed_up_at: Date | null
  /** The automatic answer waiting for its burst to end (see service.recordAutomaticScore). */
  auto_score: number | null
  auto_at: Date | null
  auto_settles_at: Date | null
  auto_discarded: boolean
  created_at: Date
}

export type SurveyProductRow = {
  survey_id: string
  product_id: string | null
  title: string
  handle: string | null
  thumbnail: string | null
}

/** A survey to insert: the claim on its order. */
export type NewSurvey = {
  orderId: string
  orderDisplayId: number | null
  customerId: string | null
  email: string
  locale: string | null
  channel: "email" | "inline"
  state: SurveyState
  skipReason?: string | null
}

export type SurveySettlement = { id: string; state: SurveyState; skipReason: string | null; sendId: string | null }

/** What became of an automatic answer: waiting for its burst to end, or discarded with the burst. */
export type AutomaticOutcome = "pending" | "discarded"

export type Answers = { nps_score?: number; ces_score?: number; comment?: string | null }

export type AlertRow = {
  id: string
  survey_id: string
  order_id: string
  order_display_id: number | null
  customer_id: string | null
  email: string
  nps_score: number
  comment: string | null
  state: "open" | "withdrawn"
  email_state: "pending" | "sent" | "none" | "failed"
  send_id: string | null
  seen_at: Date | null
  created_at: Date
  updated_at: Date
}

/** A survey whose settled answer needs its follow-up: an owner alert (detractors) or a thank-you (promoters). */
export type FollowUp = { survey: SurveyRow; band: ScoreBand; products: SurveyProductRow[]; alert: AlertRow | null }
