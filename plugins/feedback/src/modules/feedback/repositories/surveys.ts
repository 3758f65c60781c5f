import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import { normalizeAddress } from "@touchpoints/core/modules/email"
import { marks, normalizeSurvey } from "../lib/survey-rows"
import type { NewSurvey, SurveyProductRow, SurveyRow, SurveySettlement } from "../lib/types"
import type { FeedbackOptions } from "../options"

/** Surveys that count towards the per-customer throttle (went out, or were shown inline). */
const OFFERED_STATES = "('sending', 'sent', 'inline')"

type Manager = SqlEntityManager

// Surveys (one per order: the row is the order's claim) and their products.
// One exported object: Medusa registers every function exported from `repositories/` as a repository class.

async function recentlySurveyed(
  manager: Manager,
  settings: FeedbackOptions,
  input: { emails: string[]; customerIds: string[] }
): Promise<{ emails: Set<string>; customerIds: Set<string> }> {
  const emails = [...new Set(input.emails.map(normalizeAddress))]
  const customerIds = [...new Set(input.customerIds)]
  const none = { emails: new Set<string>(), customerIds: new Set<string>() }
  if (!settings.throttleDays || (!emails.length && !customerIds.length)) return none
  const rows = await manager.execute<{ throttle_key: string; customer_id: string | null }[]>(
    `SELECT throttle_key, customer_id FROM tp_fb_survey
     WHERE deleted_at IS NULL AND state IN ${OFFERED_STATES}
       AND COALESCE(started_at, created_at) > now() - make_interval(days => ?)
       AND (throttle_key IN (${marks(["", ...emails])}) OR customer_id IN (${marks(["", ...customerIds])}))`,
    [settings.throttleDays, "", ...emails, "", ...customerIds]
  )
  for (const row of rows) {
    none.emails.add(row.throttle_key)
    if (row.customer_id) none.customerIds.add(row.customer_id)
  }
  return none
}

async function claimSurveys(
  manager: Manager,
  settings: FeedbackOptions,
  input: { surveys: NewSurvey[]; products: Map<string, Omit<SurveyProductRow, "survey_id">[]> }
): Promise<SurveyRow[]> {
  if (!input.surveys.length) return []
  const { answerWindowDays } = settings
  const claimed = await manager.execute<SurveyRow[]>(
    `INSERT INTO tp_fb_survey (id, order_id, order_display_id, customer_id, email, throttle_key, locale, channel,
       state, skip_reason, started_at, closes_at)
     VALUES ${input.surveys.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), CASE WHEN ? THEN now() + make_interval(days => ?) END)").join(", ")}
     ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING
     RETURNING *`,
    input.surveys.flatMap((survey) => [
      generateEntityId(undefined, "tpfb"),
      survey.orderId,
      survey.orderDisplayId,
      survey.customerId,
      survey.email,
      normalizeAddress(survey.email),
      survey.locale,
      survey.channel,
      survey.state,
      survey.skipReason ?? null,
      survey.state === "inline",
      answerWindowDays,
    ])
  )
  const products = claimed.flatMap((survey) =>
    (input.products.get(survey.order_id) ?? []).map((product, rank) => ({ ...product, rank, survey_id: survey.id }))
  )
  if (products.length) {
    await manager.execute(
      `INSERT INTO tp_fb_survey_product (id, survey_id, product_id, title, handle, thumbnail, rank)
       VALUES ${products.map(() => "(?, ?, ?, ?, ?, ?, ?)").join(", ")}`,
      products.flatMap((product) => [
        generateEntityId(undefined, "tpfbp"),
        product.survey_id,
        product.product_id,
        product.title,
        product.handle,
        product.thumbnail,
        product.rank,
      ])
    )
  }
  return claimed.map(normalizeSurvey)
}

async function releaseSurveys(manager: Manager, ids: string[]): Promise<void> {
  if (!ids.length) return
  await manager.execute(`DELETE FROM tp_fb_survey_product WHERE survey_id IN (${marks(ids)})`, ids)
  await manager.execute(`DELETE FROM tp_fb_survey WHERE id IN (${marks(ids)})`, ids)
}

async function settleSurveys(
  manager: Manager,
  settings: FeedbackOptions,
  settlements: SurveySettlement[]
): Promise<void> {
  if (!settlements.length) return
  await manager.execute(
    `UPDATE tp_fb_survey s SET state = v.state, skip_reason = v.skip_reason, send_id = v.send_id,
       started_at = CASE WHEN v.state = 'sent' THEN now() ELSE s.started_at END,
       closes_at = CASE WHEN v.state = 'sent' THEN now() + make_interval(days => ?) ELSE s.closes_at END,
       updated_at = now()
     FROM (VALUES ${settlements.map(() => "(?, ?, ?, ?)").join(", ")}) AS v(id, state, skip_reason, send_id)
     WHERE s.id = v.id`,
    [
      settings.answerWindowDays,
      ...settlements.flatMap((settlement) => [
        settlement.id,
        settlement.state,
        settlement.skipReason,
        settlement.sendId,
      ]),
    ]
  )
}

async function surveyWithProducts(
  manager: Manager,
  by: { id: string } | { orderId: string }
): Promise<{ survey: SurveyRow; products: SurveyProductRow[] } | null> {
  const [survey] = await manager.execute<SurveyRow[]>(
    `SELECT * FROM tp_fb_survey WHERE ${"id" in by ? "id" : "order_id"} = ? AND deleted_at IS NULL`,
    ["id" in by ? by.id : by.orderId]
  )
  if (!survey) return null
  const products = await manager.execute<SurveyProductRow[]>(
    "SELECT * FROM tp_fb_survey_product WHERE survey_id = ? AND deleted_at IS NULL ORDER BY rank, id",
    [survey.id]
  )
  return { survey: normalizeSurvey(survey), products }
}

async function surveysOfCustomer(
  manager: Manager,
  input: { customerId: string; limit: number; offset: number }
): Promise<{ surveys: { survey: SurveyRow; products: SurveyProductRow[] }[]; count: number }> {
  const [{ count }] = await manager.execute<{ count: string }[]>(
    "SELECT count(*) AS count FROM tp_fb_survey WHERE customer_id = ? AND deleted_at IS NULL",
    [input.customerId]
  )
  const surveys = await manager.execute<SurveyRow[]>(
    `SELECT * FROM tp_fb_survey WHERE customer_id = ? AND deleted_at IS NULL
     ORDER BY COALESCE(started_at, created_at) DESC, id DESC LIMIT ? OFFSET ?`,
    [input.customerId, input.limit, input.offset]
  )
  const ids = surveys.map((survey) => survey.id)
  const products = ids.length
    ? await manager.execute<SurveyProductRow[]>(
        `SELECT * FROM tp_fb_survey_product WHERE survey_id IN (${marks(ids)}) AND deleted_at IS NULL
         ORDER BY rank, id`,
        ids
      )
    : []
  return {
    surveys: surveys.map((survey) => ({
      survey: normalizeSurvey(survey),
      products: products.filter((product) => product.survey_id === survey.id),
    })),
    count: Number(count),
  }
}

async function openInline(manager: Manager, settings: FeedbackOptions, surveyId: string): Promise<void> {
  await manager.execute(
    `UPDATE tp_fb_survey SET state = 'inline', skip_reason = NULL, started_at = now(),
       closes_at = now() + make_interval(days => ?), updated_at = now()
     WHERE id = ? AND state IN ('skipped', 'failed')`,
    [settings.answerWindowDays, surveyId]
  )
}

export const surveyRows = {
  recentlySurveyed,
  claimSurveys,
  releaseSurveys,
  settleSurveys,
  surveyWithProducts,
  surveysOfCustomer,
  openInline,
}
