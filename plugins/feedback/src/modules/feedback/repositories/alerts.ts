import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import { bandOf } from "../lib/score-band"
import { marks, normalizeSurvey } from "../lib/survey-rows"
import type { AlertRow, FollowUp, SurveyProductRow, SurveyRow } from "../lib/types"
import type { FeedbackOptions } from "../options"

type Manager = SqlEntityManager

// Detractor alerts and the follow-ups of settled answers.
// One exported object: Medusa registers every function exported from `repositories/` as a repository class.

async function syncAlert(manager: Manager, settings: FeedbackOptions, survey: SurveyRow): Promise<AlertRow | null> {
  const [before] = await manager.execute<AlertRow[]>(
    "SELECT * FROM tp_fb_alert WHERE survey_id = ? AND deleted_at IS NULL",
    [survey.id]
  )
  const detractor = survey.nps_score !== null && bandOf(survey.nps_score) === "detractor"
  if (detractor) {
    await manager.execute(
      `INSERT INTO tp_fb_alert (id, survey_id, order_id, order_display_id, customer_id, email, nps_score, comment,
         state, email_state)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)
       ON CONFLICT (survey_id) WHERE deleted_at IS NULL DO UPDATE SET nps_score = excluded.nps_score,
         comment = excluded.comment, state = 'open', updated_at = now(),
         email_state = CASE WHEN tp_fb_alert.email_state = 'sent' THEN 'sent' ELSE excluded.email_state END`,
      [
        generateEntityId(undefined, "tpfba"),
        survey.id,
        survey.order_id,
        survey.order_display_id,
        survey.customer_id,
        survey.email,
        survey.nps_score,
        survey.comment,
        settings.alerts.email ? "pending" : "none",
      ]
    )
  } else if (before && before.state === "open") {
    await manager.execute("UPDATE tp_fb_alert SET state = 'withdrawn', updated_at = now() WHERE id = ?", [before.id])
  }
  return before ?? null
}

async function restoreAlert(manager: Manager, input: { surveyId: string; before: AlertRow | null }): Promise<void> {
  const { before } = input
  if (!before) {
    await manager.execute("DELETE FROM tp_fb_alert WHERE survey_id = ?", [input.surveyId])
    return
  }
  await manager.execute(
    "UPDATE tp_fb_alert SET nps_score = ?, comment = ?, state = ?, email_state = ?, updated_at = now() WHERE id = ?",
    [before.nps_score, before.comment, before.state, before.email_state, before.id]
  )
}

async function dueFollowUps(manager: Manager, settings: FeedbackOptions, limit: number): Promise<FollowUp[]> {
  const surveys = (
    await manager.execute<SurveyRow[]>(
      `SELECT * FROM tp_fb_survey
       WHERE deleted_at IS NULL AND nps_score IS NOT NULL AND followed_up_at IS NULL
         AND answered_at <= now() - make_interval(secs => ?)
       ORDER BY answered_at LIMIT ?`,
      [settings.followUpDelayMinutes * 60, limit]
    )
  ).map(normalizeSurvey)
  if (!surveys.length) return []
  const ids = surveys.map((survey) => survey.id)
  const products = await manager.execute<SurveyProductRow[]>(
    `SELECT * FROM tp_fb_survey_product WHERE survey_id IN (${marks(ids)}) AND deleted_at IS NULL
     ORDER BY rank, id`,
    ids
  )
  const alerts = await manager.execute<AlertRow[]>(
    `SELECT * FROM tp_fb_alert WHERE survey_id IN (${marks(ids)}) AND deleted_at IS NULL`,
    ids
  )
  return surveys.map((survey) => ({
    survey,
    band: bandOf(survey.nps_score ?? 0),
    products: products.filter((product) => product.survey_id === survey.id),
    alert: alerts.find((alert) => alert.survey_id === survey.id) ?? null,
  }))
}

async function settleFollowUps(
  manager: Manager,
  input: { surveyIds: string[]; alertEmails: { alertId: string; state: "sent" | "failed"; sendId: string | null }[] }
): Promise<void> {
  if (input.surveyIds.length) {
    await manager.execute(
      `UPDATE tp_fb_survey SET followed_up_at = now(), updated_at = now() WHERE id IN (${marks(input.surveyIds)})`,
      input.surveyIds
    )
  }
  for (const email of input.alertEmails) {
    await manager.execute("UPDATE tp_fb_alert SET email_state = ?, send_id = ?, updated_at = now() WHERE id = ?", [
      email.state,
      email.sendId,
      email.alertId,
    ])
  }
}

async function alertFeed(
  manager: Manager,
  input: { limit: number; offset: number; state?: "open" | "withdrawn"; unseen?: boolean }
): Promise<{ alerts: AlertRow[]; count: number }> {
  const where = ["deleted_at IS NULL"]
  const bindings: unknown[] = []
  if (input.state) {
    where.push("state = ?")
    bindings.push(input.state)
  }
  if (input.unseen) where.push("seen_at IS NULL")
  const [{ count }] = await manager.execute<{ count: string }[]>(
    `SELECT count(*) FROM tp_fb_alert WHERE ${where.join(" AND ")}`,
    bindings
  )
  const alerts = await manager.execute<AlertRow[]>(
    `SELECT * FROM tp_fb_alert WHERE ${where.join(" AND ")} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
    [...bindings, input.limit, input.offset]
  )
  return { alerts, count: Number(count) }
}

async function markAlertsSeen(manager: Manager, ids: string[]): Promise<number> {
  if (!ids.length) return 0
  const rows = await manager.execute(
    `UPDATE tp_fb_alert SET seen_at = now(), updated_at = now()
     WHERE id IN (${marks(ids)}) AND seen_at IS NULL AND deleted_at IS NULL RETURNING id`,
    ids
  )
  return rows.length
}

export const alertRows = { syncAlert, restoreAlert, dueFollowUps, settleFollowUps, alertFeed, markAlertsSeen }
