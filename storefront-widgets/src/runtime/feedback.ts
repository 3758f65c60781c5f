import { storeFetch } from "./client.js"

export type ScoreBand = "detractor" | "passive" | "promoter"

/** A post-purchase survey as `GET /store/feedback/:token` answers it. */
export interface FeedbackSurvey {
  id: string
  order: {
    id: string
    display_id: number | null
    products: { product_id: string | null; title: string; handle: string | null; thumbnail: string | null }[]
  }
  answers: { nps_score: number | null; ces_score: number | null; comment: string | null }
  band: ScoreBand | null
  /** The question for the score's band ("What could we improve?" for 0-6...), null before a score. */
  follow_up_question: string | null
  questions: { nps: string; effort: string; detractor: string; passive: string; promoter: string }
  scales: {
    nps: { min: number; max: number; min_label: string; max_label: string }
    /** 1 = very little effort, 5 = a great deal (lower is better). */
    ces: { min: number; max: number; min_label: string; max_label: string }
  }
  answered_at: string | null
  editable_until: string | null
}

export interface FeedbackAnswers {
  nps_score?: number
  ces_score?: number
  comment?: string | null
}

const path = (token: string) => `/store/feedback/${encodeURIComponent(token)}`

/** A survey from its signed link (rejects with status 404 for a bad link, 409 once it has closed). */
export async function fetchFeedbackSurvey(token: string, reportTo?: EventTarget | null): Promise<FeedbackSurvey> {
  return (await storeFetch<{ survey: FeedbackSurvey }>(path(token), { reportTo })).survey
}

/** The survey of a logged-in customer's own order, and the token to answer it with. */
export async function fetchOrderFeedbackSurvey(
  orderId: string,
  reportTo?: EventTarget | null
): Promise<{ token: string; survey: FeedbackSurvey }> {
  return storeFetch(`/store/feedback/orders/${encodeURIComponent(orderId)}`, { reportTo })
}

/** Records answers; resolves with the survey as it is now. */
export async function answerFeedbackSurvey(
  token: string,
  answers: FeedbackAnswers,
  reportTo?: EventTarget | null
): Promise<FeedbackSurvey> {
  return (await storeFetch<{ survey: FeedbackSurvey }>(path(token), { body: answers, reportTo })).survey
}
