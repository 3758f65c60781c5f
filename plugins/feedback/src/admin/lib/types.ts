/** The shapes the feedback plugin's admin API answers (see plugins/feedback/README.md, "Admin API"). */

export type Band = "detractor" | "passive" | "promoter"

export type NpsFigures = {
  responses: number
  promoters: number
  passives: number
  detractors: number
  promoter_percent: number | null
  detractor_percent: number | null
  nps: number | null
  ces_average: number | null
  ces_responses: number
}

export type ReportGroup = NpsFigures & { key: string; label: string }

export type FeedbackResponse = {
  survey_id: string
  order_id: string
  order_display_id: number | null
  customer_id: string | null
  email: string
  channel: string
  nps_score: number
  ces_score: number | null
  comment: string | null
  band: Band
  first_answered_at: string
  answered_at: string
  products: { product_id: string | null; title: string }[]
}

export type Report = NpsFigures & {
  from: string
  to: string
  comments: number
  nps_distribution: { score: number; count: number }[]
  ces_distribution: { score: number; count: number }[]
  surveys_offered: number
  surveys_answered: number
  response_rate: number | null
  trend: { by: "week" | "month"; points: ReportGroup[] }
  groups: { by: GroupBy; rows: ReportGroup[] } | null
  verbatims: FeedbackResponse[]
  verbatim_count: number
}

export type GroupBy = "week" | "month" | "product" | "category"

export type FeedbackAlert = {
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
  seen_at: string | null
  created_at: string
}

export type OrderSurvey = {
  id: string
  state: "sending" | "sent" | "skipped" | "failed" | "inline"
  channel: "email" | "inline"
  skip_reason: string | null
  started_at: string | null
  order: { id: string; display_id: number | null; products: { product_id: string | null; title: string }[] }
  answers: { nps_score: number | null; ces_score: number | null; comment: string | null }
  band: Band | null
  follow_up_question: string | null
  first_answered_at: string | null
  answered_at: string | null
  editable_until: string | null
}
