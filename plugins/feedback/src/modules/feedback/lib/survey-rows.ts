import type { SurveyRow } from "./types"

/** Comments cleared per transaction by the retention job. */
export const COMMENT_CHUNK = 500

/** `?, ?, ?` for an IN list. */
export const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/** Numbers from PostgreSQL's integer columns arrive as numbers; bigint-like strings are made numbers. */
export function normalizeSurvey(row: SurveyRow): SurveyRow {
  const number = (value: number | string | null) => (value === null ? null : Number(value))
  return {
    ...row,
    order_display_id: number(row.order_display_id),
    nps_score: number(row.nps_score),
    ces_score: number(row.ces_score),
    auto_score: number(row.auto_score ?? null),
    auto_discarded: Boolean(row.auto_discarded),
  }
}
