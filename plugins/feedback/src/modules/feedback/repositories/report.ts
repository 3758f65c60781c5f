import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { bandOf, type NpsFigures, npsOf, type ScoreBand } from "../lib/score-band"

type Manager = SqlEntityManager

export type ReportGroupBy = "week" | "month" | "product" | "category"

/**
 * Which responses count: answered (first) in [from, to), optionally for one product only, or for the products of
 * one category (`categoryProductIds`: the category's products, read from Medusa's tables by the caller).
 */
export type ResponseScope = { from: Date; to: Date; productId?: string; categoryProductIds?: readonly string[] }

/**
 * `categories`: for `groupBy: "category"`, the categories of the products answered in scope (core's
 * `categoriesOfProducts` over `answeredProductIds`), read from Medusa's tables by the caller.
 */
export type ReportQuery = ResponseScope & {
  groupBy?: ReportGroupBy
  categories?: readonly { product_id: string; category_id: string; category_name: string }[]
}

/** Where a page of responses ended: the exact timestamp (as PostgreSQL's text, microseconds kept) and the id. */
export type ResponsesCursor = { firstAnsweredAt: string; surveyId: string }

export type ResponsesQuery = ResponseScope & {
  band?: ScoreBand
  hasComment?: boolean
  q?: string
  limit: number
  offset: number
  /** Keyset paging (the CSV export): responses after this one in the list's order, instead of an offset. */
  after?: ResponsesCursor
  /** Count the matches too (default true). */
  count?: boolean
}

type BandCounts = {
  promoters: string
  passives: string
  detractors: string
  ces_average: string | null
  ces_responses: string
}

export type ReportGroup = NpsFigures & { key: string; label: string; ces_average: number | null; ces_responses: number }

/** Band counts and the effort average of the rows of `alias`. */
const bandCounts = (alias: string) => `count(*) FILTER (WHERE ${alias}.nps_score >= 9) AS promoters,
  count(*) FILTER (WHERE ${alias}.nps_score BETWEEN 7 AND 8) AS passives,
  count(*) FILTER (WHERE ${alias}.nps_score <= 6) AS detractors,
  round(avg(${alias}.ces_score), 2) AS ces_average, count(${alias}.ces_score) AS ces_responses`
const BAND_COUNTS = bandCounts("r")

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
  if (scope.categoryProductIds) {
    const ids = scope.categoryProductIds
    where.push(
      ids.length
        ? `EXISTS (SELECT 1 FROM tp_fb_survey_product sp
            WHERE sp.survey_id = s.id AND sp.product_id IN (${ids.map(() => "?").join(", ")}))`
        : "FALSE"
    )
    bindings.push(...ids)
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
async function readGroups(manager: Manager, scope: ReportQuery, groupBy: ReportGroupBy): Promise<ReportGroup[]> {
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
  // a survey lists each product once (unique index); a category holding several of a survey's products counts
  // the survey once: the (survey, category) pairs are made distinct first (measured: 0.4 s for 100,000 responses
  // where grouping the whole product table first took 1.1 s)
  const rows =
    groupBy === "product"
      ? await manager.execute<(BandCounts & { key: string; label: string | null })[]>(
          `${cte.sql} SELECT g.product_id AS key, min(g.title) AS label, ${BAND_COUNTS}
           FROM r JOIN tp_fb_survey_product g ON g.survey_id = r.id AND g.product_id IS NOT NULL AND g.deleted_at IS NULL
           GROUP BY g.product_id ORDER BY count(*) DESC, g.product_id LIMIT 200`,
          cte.bindings
        )
      : await manager.execute<(BandCounts & { key: string; label: string | null })[]>(
          // the products' categories come as a JSON list (read from Medusa's tables by the caller)
          `${cte.sql}, pcp AS (
             SELECT * FROM json_to_recordset(?::json) AS pcp(product_id text, product_category_id text)
           ), g AS (
             SELECT DISTINCT r.id, r.nps_score, r.ces_score, pcp.product_category_id
             FROM r JOIN tp_fb_survey_product sp ON sp.survey_id = r.id AND sp.deleted_at IS NULL
             JOIN pcp ON pcp.product_id = sp.product_id
           )
           SELECT g.product_category_id AS key, NULL AS label, ${bandCounts("g")}
           FROM g GROUP BY g.product_category_id ORDER BY count(*) DESC, g.product_category_id LIMIT 200`,
          [
            ...cte.bindings,
            JSON.stringify(
              (scope.categories ?? []).map((row) => ({
                product_id: row.product_id,
                product_category_id: row.category_id,
              }))
            ),
          ]
        )
  if (groupBy === "category") {
    const names = new Map((scope.categories ?? []).map((row) => [row.category_id, row.category_name]))
    for (const row of rows) row.label = names.get(row.key) ?? row.key
  }
  return rows.map(groupOf)
}

/**
 * The owner's report for a period: NPS with its bands, the 0-10 and 1-5 distributions, the effort average,
 * the response rate (of the surveys offered in the period, how many were answered), a trend (weekly up to
 * 120 days, monthly beyond) and, on request, groups. A handful of aggregate queries over the period's rows.
 */
async function readReport(manager: Manager, query: ReportQuery) {
  const cte = scopeCte(query)
  const scoreColumns = (column: string, min: number, max: number) =>
    Array.from(
      { length: max - min + 1 },
      (_, i) => `count(*) FILTER (WHERE r.${column} = ${min + i}) AS ${column}_${min + i}`
    )
  // one pass over the period's responses: bands, effort, comments and both distributions
  const [totals] = await manager.execute<(BandCounts & { comments: string } & Record<string, string>)[]>(
    `${cte.sql} SELECT ${BAND_COUNTS}, count(*) FILTER (WHERE r.comment <> '') AS comments,
       ${[...scoreColumns("nps_score", 0, 10), ...scoreColumns("ces_score", 1, 5)].join(", ")}
     FROM r`,
    cte.bindings
  )
  const [offered] = await manager.execute<{ offered: string; answered: string }[]>(
    `SELECT count(*) AS offered, count(s.nps_score) AS answered FROM tp_fb_survey s
     WHERE s.deleted_at IS NULL AND s.state IN ('sent', 'inline') AND s.started_at >= ? AND s.started_at < ?`,
    [query.from, query.to]
  )
  const distribution = (column: string, min: number, max: number) =>
    Array.from({ length: max - min + 1 }, (_, index) => ({
      score: min + index,
      count: Number(totals[`${column}_${min + index}`]),
    }))
  const days = (query.to.getTime() - query.from.getTime()) / 86_400_000
  const trendBy = days <= 120 ? "week" : "month"
  const offeredCount = Number(offered.offered)
  const trend = await readGroups(manager, query, trendBy)
  // grouped by the trend's own period: the same rows
  const groups = query.groupBy && query.groupBy !== trendBy ? await readGroups(manager, query, query.groupBy) : null
  return {
    from: query.from.toISOString(),
    to: query.to.toISOString(),
    ...groupOf({ ...totals, key: "all", label: "All responses" }),
    comments: Number(totals.comments),
    nps_distribution: distribution("nps_score", 0, 10),
    ces_distribution: distribution("ces_score", 1, 5),
    surveys_offered: offeredCount,
    surveys_answered: Number(offered.answered),
    response_rate: offeredCount ? Math.round((Number(offered.answered) * 1000) / offeredCount) / 10 : null,
    trend: { by: trendBy, points: trend },
    groups: query.groupBy ? { by: query.groupBy, rows: groups ?? trend } : null,
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
  cursor_at: string
}

/** Responses in scope, newest first, each with its order, customer and products; and how many match. */
async function readResponses(manager: Manager, query: ResponsesQuery) {
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
  const count =
    query.count === false
      ? null
      : Number((await manager.execute<{ count: string }[]>(`${filtered} SELECT count(*) FROM f`, bindings))[0].count)
  const page = query.after ? "WHERE (f.first_answered_at, f.id) < (?::timestamptz, ?)" : ""
  const pageBindings = query.after ? [query.after.firstAnsweredAt, query.after.surveyId] : []
  const rows = await manager.execute<ResponseRow[]>(
    `${filtered}
     SELECT f.id AS survey_id, f.order_id, f.order_display_id, f.customer_id, f.email, f.channel, f.nps_score,
       f.ces_score, f.comment, f.first_answered_at, f.answered_at, f.first_answered_at::text AS cursor_at,
       (SELECT json_agg(json_build_object('product_id', sp.product_id, 'title', sp.title) ORDER BY sp.rank, sp.id)
        FROM tp_fb_survey_product sp WHERE sp.survey_id = f.id AND sp.deleted_at IS NULL) AS products
     FROM f ${page} ORDER BY f.first_answered_at DESC, f.id DESC LIMIT ? OFFSET ?`,
    [...bindings, ...pageBindings, query.limit, query.offset]
  )
  const last = rows.at(-1)
  return {
    count,
    next: last ? { firstAnsweredAt: last.cursor_at, surveyId: last.survey_id } : null,
    responses: rows.map(({ cursor_at: _cursor, ...row }) => ({
      ...row,
      order_display_id: row.order_display_id === null ? null : Number(row.order_display_id),
      nps_score: Number(row.nps_score),
      ces_score: row.ces_score === null ? null : Number(row.ces_score),
      band: bandOf(Number(row.nps_score)),
      products: row.products ?? [],
    })),
  }
}

/** The products of the responses in scope (each once): what a grouping by category needs the categories of. */
async function readAnsweredProductIds(manager: Manager, scope: ResponseScope): Promise<string[]> {
  const cte = scopeCte(scope)
  const rows = await manager.execute<{ product_id: string }[]>(
    `${cte.sql} SELECT DISTINCT sp.product_id FROM r
     JOIN tp_fb_survey_product sp ON sp.survey_id = r.id AND sp.deleted_at IS NULL AND sp.product_id IS NOT NULL`,
    cte.bindings
  )
  return rows.map((row) => row.product_id)
}

// One exported object: Medusa registers every function exported from `repositories/` as a repository class.
export const feedbackReport = { readReport, readResponses, readAnsweredProductIds }
