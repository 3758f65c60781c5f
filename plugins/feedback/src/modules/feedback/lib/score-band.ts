/** Net Promoter bands: 0-6 detractors, 7-8 passives, 9-10 promoters. */
export type ScoreBand = "detractor" | "passive" | "promoter"

export const NPS_MIN = 0
export const NPS_MAX = 10
/** Customer Effort Score: 1 = very little effort, 5 = a great deal of effort (lower is better). */
export const CES_MIN = 1
export const CES_MAX = 5

export function bandOf(score: number): ScoreBand {
  if (score <= 6) return "detractor"
  return score <= 8 ? "passive" : "promoter"
}

export type NpsFigures = {
  responses: number
  promoters: number
  passives: number
  detractors: number
  promoter_percent: number | null
  detractor_percent: number | null
  /** % promoters - % detractors, -100 to 100, to one decimal; null without responses. */
  nps: number | null
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10

/** NPS from band counts (exact arithmetic, rounded once at the end). */
export function npsOf(counts: { promoters: number; passives: number; detractors: number }): NpsFigures {
  const responses = counts.promoters + counts.passives + counts.detractors
  const percent = (count: number) => (responses ? oneDecimal((count * 100) / responses) : null)
  return {
    responses,
    ...counts,
    promoter_percent: percent(counts.promoters),
    detractor_percent: percent(counts.detractors),
    nps: responses ? oneDecimal(((counts.promoters - counts.detractors) * 100) / responses) : null,
  }
}
