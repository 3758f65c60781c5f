import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { COMMENT_CHUNK, marks, normalizeSurvey } from "../lib/survey-rows"
import type { Answers, SurveyRow } from "../lib/types"
import type { FeedbackOptions } from "../options"

type Manager = SqlEntityManager

// Surveys' answers: a person's, automatic ones (score links opened by scanners) and their retention.
// One exported object: Medusa registers every function exported from `repositories/` as a repository class.

async function recordAnswers(
  manager: Manager,
  settings: FeedbackOptions,
  input: { surveyId: string; answers: Answers }
): Promise<SurveyRow | null> {
  const { answers } = input
  const [row] = await manager.execute<SurveyRow[]>(
    `UPDATE tp_fb_survey SET
       nps_score = CASE WHEN ? THEN ?::int ELSE nps_score END,
       ces_score = CASE WHEN ? THEN ?::int ELSE ces_score END,
       comment = CASE WHEN ? THEN ? ELSE comment END,
       first_answered_at = COALESCE(first_answered_at, now()), answered_at = now(),
       followed_up_at = NULL, auto_score = NULL, auto_at = NULL,
       auto_discarded = COALESCE(auto_settles_at > now(), false), updated_at = now()
     WHERE id = ? AND deleted_at IS NULL AND closes_at > now()
       AND (first_answered_at IS NULL OR first_answered_at + make_interval(secs => ?) > now())
     RETURNING *`,
    [
      answers.nps_score !== undefined,
      answers.nps_score ?? null,
      answers.ces_score !== undefined,
      answers.ces_score ?? null,
      answers.comment !== undefined,
      answers.comment ?? null,
      input.surveyId,
      settings.changeWindowHours * 3600,
    ]
  )
  return row ? normalizeSurvey(row) : null
}

async function recordAutomaticScore(
  manager: Manager,
  settings: FeedbackOptions,
  input: { surveyId: string; score: number }
): Promise<SurveyRow | null> {
  // one statement: concurrent scanner requests queue on the row and each sees the one before
  const [row] = await manager.execute<SurveyRow[]>(
    `UPDATE tp_fb_survey SET
       auto_discarded = CASE WHEN auto_settles_at > now()
         THEN auto_discarded OR auto_score IS DISTINCT FROM ?::int ELSE false END,
       auto_score = CASE WHEN auto_settles_at > now() THEN auto_score ELSE ?::int END,
       auto_at = CASE WHEN auto_settles_at > now() THEN auto_at ELSE now() END,
       auto_settles_at = now() + make_interval(secs => ?), updated_at = now()
     WHERE id = ? AND deleted_at IS NULL AND closes_at > now()
       AND (first_answered_at IS NULL OR first_answered_at + make_interval(secs => ?) > now())
     RETURNING *`,
    [input.score, input.score, settings.scannerBurstSeconds, input.surveyId, settings.changeWindowHours * 3600]
  )
  return row ? normalizeSurvey(row) : null
}

async function settleAutomaticAnswers(
  manager: Manager,
  input: { surveyId?: string; limit: number }
): Promise<{ answered: SurveyRow[]; before: SurveyRow[] }> {
  const rows = await manager.execute<(SurveyRow & { before: SurveyRow })[]>(
    `WITH due AS (
       SELECT * FROM tp_fb_survey
       WHERE deleted_at IS NULL AND auto_settles_at <= now() ${input.surveyId ? "AND id = ?" : ""}
       ORDER BY auto_settles_at LIMIT ? FOR UPDATE SKIP LOCKED
     )
     UPDATE tp_fb_survey s SET
       nps_score = CASE WHEN due.auto_discarded THEN s.nps_score ELSE due.auto_score END,
       first_answered_at = CASE WHEN due.auto_discarded THEN s.first_answered_at
         ELSE COALESCE(s.first_answered_at, due.auto_at) END,
       answered_at = CASE WHEN due.auto_discarded THEN s.answered_at ELSE due.auto_at END,
       followed_up_at = CASE WHEN due.auto_discarded THEN s.followed_up_at END,
       auto_score = NULL, auto_at = NULL, auto_settles_at = NULL, auto_discarded = false, updated_at = now()
     FROM due WHERE s.id = due.id
     RETURNING s.*, row_to_json(due.*) AS before`,
    [...(input.surveyId ? [input.surveyId] : []), input.limit]
  )
  return {
    answered: rows.filter((row) => !row.before.auto_discarded).map(({ before: _, ...row }) => normalizeSurvey(row)),
    before: rows.map((row) => normalizeSurvey(row.before)),
  }
}

async function restoreAnswers(manager: Manager, before: SurveyRow): Promise<void> {
  await manager.execute(
    `UPDATE tp_fb_survey SET nps_score = ?, ces_score = ?, comment = ?, first_answered_at = ?, answered_at = ?,
       followed_up_at = ?, auto_score = ?, auto_at = ?, auto_settles_at = ?, auto_discarded = ?, updated_at = now()
     WHERE id = ?`,
    [
      before.nps_score,
      before.ces_score,
      before.comment,
      before.first_answered_at,
      before.answered_at,
      before.followed_up_at,
      before.auto_score,
      before.auto_at,
      before.auto_settles_at,
      before.auto_discarded,
      before.id,
    ]
  )
}

async function clearCommentsChunk(manager: Manager, before: Date): Promise<number> {
  const surveys = await manager.execute<{ id: string }[]>(
    `UPDATE tp_fb_survey SET comment = NULL, updated_at = now()
      WHERE id IN (SELECT id FROM tp_fb_survey WHERE comment IS NOT NULL AND COALESCE(answered_at, created_at) < ?
                   LIMIT ${COMMENT_CHUNK} FOR UPDATE SKIP LOCKED)
      RETURNING id`,
    [before]
  )
  if (surveys.length) {
    const ids = surveys.map((row) => row.id)
    await manager.execute(
      `UPDATE tp_fb_alert SET comment = NULL, updated_at = now() WHERE survey_id IN (${marks(ids)})`,
      ids
    )
  }
  return surveys.length
}

export const answerRows = {
  recordAnswers,
  recordAutomaticScore,
  settleAutomaticAnswers,
  restoreAnswers,
  clearCommentsChunk,
}
