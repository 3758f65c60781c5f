import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { bandOf, type NpsFigures, npsOf, type ScoreBand } from "./score-band"

type Manager = SqlEntityManager

export type ReportGroupBy = "week" | "month" | "product" | "category"

/** Which responses count: answered (first) in [from, to), optionally for one product or category only. */
export type ResponseScope = { from: Date; to: Date; productId?: string; categoryId?: string }

export type ReportQuery = ResponseScope & { groupBy?: ReportGroupBy }

export type ResponsesQuery = ResponseScope & {
  band?: ScoreBand
  hasComment?: boolean
  q?: string
  limit: number
  offset: number
}

type BandCounts = {
  promoters: string
  passives: string
  detractors: string
  ces_average: string | null
  ces_responses: string
}

export type ReportGroup = NpsFigures & { key: string; label: string; ces_average: number | null; ces_responses: number }

const BAND_COUNTS = `count(*) FILTER (WHERE r.nps_score >= 9) AS promoters,
  count(*) FILTER (WHERE r.nps_score BETWEEN 7 AND 8) AS passives,
  count(*) FILTER (WHERE r.nps_score <= 6) AS detractors,
  round(avg(r.ces_score), 2) AS ces_average, count(r.ces_score) AS ces_responses`

/** The answered surveys in scope as a CTE named `r` (its bindings first). */
function scopeCte(scope: ResponseScope): { sql: string; bindings: unknown[] } {
  const where = [
    "s.deleted_at IS NULL",
    "s.nps_score IS NOT NULL",
    "s.first_answered_at >= ?",
    "s.first_answered_at < ?",
  ]
  const bindings: unknown[] = [scope.from, scope.to]
  if (scope.productId) {
    where.push("EXISTS (SELECT 1 FROM tp_fb_survey_product sp WHERE sp.survey_id = s.id AND sp.product_id = ?)")
    bindings.push(scope.productId)
  }
  if (scope.categoryId) {
    where.push(`EXISTS (SELECT 1 FROM tp_fb_survey_product sp
      JOIN product_category_product pcp ON pcp.product_id = sp.product_id
      WHERE sp.survey_id = s.id AND pcp.product_category_id = ?)`)
    bindings.push(scope.categoryId)
  }
  return { sql: `WITH r AS (SELECT s.* FROM tp_fb_survey s WHERE ${where.join(" AND ")})`, bindings }
}

function groupOf(row: BandCounts & { key: string; label: string | null }): ReportGroup {
  return {
    key: row.key,
    label: row.label ?? row.key,
    ...npsOf({
      promoters: Number(row.promoters),
      passives: Number(row.passives),
      detractors: Number(row.detractors),
    }),
    ces_average: row.ces_average === null ? null : Number(row.ces_average),
    ces_responses: Number(row.ces_responses),
  }
}

/** Grouped figures: by week or month of the first answer, or by product or category of the order. */
async function readGroups(manager: Manager, scope: ResponseScope, groupBy: ReportGroupBy): Promise<ReportGroup[]> {
  const cte = scopeCte(scope)
  if (groupBy === "week" || groupBy === "month") {
    const rows = await manager.execute<(BandCounts & { key: string; label: null })[]>(
      `${cte.sql} SELECT to_char(date_trunc('${groupBy}', r.first_answered_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS key,
         NULL AS label, ${BAND_COUNTS}
       FROM r GROUP BY 1 ORDER BY 1`,
      cte.bindings
    )
    return rows.map(groupOf)
  }
  const join =
    groupBy === "product"
      ? `JOIN (SELECT DISTINCT sp.survey_id, sp.product_id AS key, sp.title AS label FROM tp_fb_survey_product sp
           WHERE sp.product_id IS NOT NULL AND sp.deleted_at IS NULL) g ON g.survey_id = r.id`
      : `JOIN (SELECT DISTINCT sp.survey_id, pc.id AS key, pc.name AS label FROM tp_fb_survey_product sp
           JOIN product_category_product pcp ON pcp.product_id = sp.product_id
           JOIN product_category pc ON pc.id = pcp.product_category_id AND pc.deleted_at IS NULL
           WHERE sp.deleted_at IS NULL) g ON g.survey_id = r.id`
  const rows = await manager.execute<(BandCounts & { key: string; label: string })[]>(
    `${cte.sql} SELECT g.key, min(g.label) AS label, ${BAND_COUNTS}
     FROM r ${join} GROUP BY g.key ORDER BY count(*) DESC, g.key LIMIT 200`,
    cte.bindings
  )
  return rows.map(groupOf)
}

/**
 * The owner's report for a period: NPS with its bands, the 0-10 and 1-5 distributions, the effort average,
 * the response rate (of the surveys offered in the period, how many were answered), a trend (weekly up to
 * 120 days, monthly beyond) and, on request, groups. A handful of aggregate queries over the period's rows.
 */
export async function readReport(manager: Manager, query: ReportQuery) {
  const cte = scopeCte(query)
  const [totals] = await manager.execute<(BandCounts & { comments: string })[]>(
    `${cte.sql} SELECT ${BAND_COUNTS}, count(*) FILTER (WHERE r.comment <> '') AS comments FROM r`,
    cte.bindings
  )
  const npsRows = await manager.execute<{ score: number; count: string }[]>(
    `${cte.sql} SELECT r.nps_score AS score, count(*) FROM r GROUP BY 1`,
    cte.bindings
  )
  const cesRows = await manager.execute<{ score: number; count: string }[]>(
    `${cte.sql} SELECT r.ces_score AS score, count(*) FROM r WHERE r.ces_score IS NOT NULL GROUP BY 1`,
    cte.bindings
  )
  const [offered] = await manager.execute<{ offered: string; answered: string }[]>(
    `SELECT count(*) AS offered, count(s.nps_score) AS answered FROM tp_fb_survey s
     WHERE s.deleted_at IS NULL AND s.state IN ('sent', 'inline') AND s.started_at >= ? AND s.started_at < ?`,
    [query.from, query.to]
  )
  const distribution = (rows: { score: number; count: string }[], min: number, max: number) =>
    Array.from({ length: max - min + 1 }, (_, index) => ({
      score: min + index,
      count: Number(rows.find((row) => Number(row.score) === min + index)?.count ?? 0),
    }))
  const days = (query.to.getTime() - query.from.getTime()) / 86_400_000
  const trendBy = days <= 120 ? "week" : "month"
  const offeredCount = Number(offered.offered)
  return {
    from: query.from.toISOString(),
    to: query.to.toISOString(),
    ...groupOf({ ...totals, key: "all", label: "All responses" }),
    comments: Number(totals.comments),
    nps_distribution: distribution(npsRows, 0, 10),
    ces_distribution: distribution(cesRows, 1, 5),
    surveys_offered: offeredCount,
    surveys_answered: Number(offered.answered),
    response_rate: offeredCount ? Math.round((Number(offered.answered) * 1000) / offeredCount) / 10 : null,
    trend: { by: trendBy, points: await readGroups(manager, query, trendBy) },
    groups: query.groupBy ? { by: query.groupBy, rows: await readGroups(manager, query, query.groupBy) } : null,
  }
}

type ResponseRow = {
  survey_id: string
  order_id: string
  order_display_id: number | null
  customer_id: string | null
  email: string
  channel: string
  nps_score: number
  ces_score: number | null
  comment: string | null
  first_answered_at: Date
  answered_at: Date
  products: { product_id: string | null; title: string }[] | null
}

/** Responses in scope, newest first, each with its order, customer and products; and how many match. */
export async function readResponses(manager: Manager, query: ResponsesQuery) {
  const cte = scopeCte(query)
  const where = ["true"]
  const bindings = [...cte.bindings]
  if (query.band) {
    where.push(
      { detractor: "r.nps_score <= 6", passive: "r.nps_score BETWEEN 7 AND 8", promoter: "r.nps_score >= 9" }[
        query.band
      ]
    )
  }
  if (query.hasComment !== undefined)
    where.push(query.hasComment ? "r.comment <> ''" : "(r.comment IS NULL OR r.comment = '')")
  if (query.q) {
    where.push("r.comment ILIKE ?")
    bindings.push(`%${query.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`)
  }
  const filtered = `${cte.sql}, f AS (SELECT r.* FROM r WHERE ${where.join(" AND ")})`
  const [{ count }] = await manager.execute<{ count: string }[]>(`${filtered} SELECT count(*) FROM f`, bindings)
  const rows = await manager.execute<ResponseRow[]>(
    `${filtered}
     SELECT f.id AS survey_id, f.order_id, f.order_display_id, f.customer_id, f.email, f.channel, f.nps_score,
       f.ces_score, f.comment, f.first_answered_at, f.answered_at,
       (SELECT json_agg(json_build_object('product_id', sp.product_id, 'title', sp.title) ORDER BY sp.rank, sp.id)
        FROM tp_fb_survey_product sp WHERE sp.survey_id = f.id AND sp.deleted_at IS NULL) AS products
     FROM f ORDER BY f.first_answered_at DESC, f.id DESC LIMIT ? OFFSET ?`,
    [...bindings, query.limit, query.offset]
  )
  return {
    count: Number(count),
    responses: rows.map((row) => ({
      ...row,
      order_display_id: row.order_display_id === null ? null : Number(row.order_display_id),
      nps_score: Number(row.nps_score),
      ces_score: row.ces_score === null ? null : Number(row.ces_score),
      band: bandOf(Number(row.nps_score)),
      products: row.products ?? [],
    })),
  }
}
