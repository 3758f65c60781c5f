import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { PersonalDataSubject } from "@touchpoints/core/lib"
import { deletePersonalRows, readPersonalRows } from "@touchpoints/core/lib"
import { normalizeAddress } from "@touchpoints/core/modules/email"
import {
  type ReportQuery,
  type ResponseScope,
  type ResponsesQuery,
  readAnsweredProductIds,
  readReport,
  readResponses,
} from "./lib/report"
import { bandOf } from "./lib/score-band"
import type {
  AlertRow,
  Answers,
  DueOrder,
  DueOrderPage,
  FollowUp,
  NewSurvey,
  SurveyProductRow,
  SurveyRow,
  SurveySettlement,
} from "./lib/types"
import { Alert } from "./models/alert"
import { Survey } from "./models/survey"
import { SurveyProduct } from "./models/survey-product"
import { type FeedbackOptions, parseFeedbackOptions } from "./options"
import { feedbackPersonalData } from "./repositories/personal-data"
import { surveyClaims } from "./repositories/survey-claims"

type Manager = SqlEntityManager

/** `?, ?, ?` for an IN list. */
/** Comments cleared per transaction by the retention job. */
const COMMENT_CHUNK = 500

const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/** Surveys that count towards the per-customer throttle (went out, or were shown inline). */
const OFFERED_STATES = "('sending', 'sent', 'inline')"

/**
 * The feedback records: surveys (one per order, the row is the claim), their products, answers and detractor
 * alerts; the scan over Medusa's order and fulfillment tables (read-only SQL) and the owner's report.
 */
export default class FeedbackModuleService extends MedusaService({ Survey, SurveyProduct, Alert }) {
  readonly settings: FeedbackOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    super(container)
    this.settings = parseFeedbackOptions(options)
  }

  /**
   * How to ask core's `ordersReachingStage` for one page of orders after `afterId` whose first start event
   * (shipment by default) happened between `delayDays + maxOrderAgeDays` and `delayDays` ago.
   */
  dueOrdersQuery(input: { afterId: string | null; limit: number }) {
    const { delayDays, maxOrderAgeDays, startAfter } = this.settings
    return {
      stage: startAfter,
      withinDays: Math.ceil(delayDays + maxOrderAgeDays),
      atLeastSecondsAgo: delayDays * 86_400,
      afterId: input.afterId,
      limit: input.limit,
    }
  }

  /**
   * Of one page of orders that reached their start event (core's `ordersReachingStage`), the ones without a
   * survey yet. `full` says whether more pages may follow.
   */
  @InjectManager()
  async dueOrders(
    input: { page: DueOrder[]; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DueOrderPage> {
    const surveyed = await surveyClaims.ordersWithSurvey(
      sharedContext.manager as Manager,
      input.page.map((order) => order.id)
    )
    return {
      orders: input.page.filter((order) => !surveyed.has(order.id)),
      lastId: input.page.at(-1)?.id ?? null,
      full: input.page.length === input.limit,
    }
  }

  /** Of these addresses and customers, the ones offered a survey within `throttleDays`. */
  @InjectManager()
  async recentlySurveyed(
    input: { emails: string[]; customerIds: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ emails: Set<string>; customerIds: Set<string> }> {
    const emails = [...new Set(input.emails.map(normalizeAddress))]
    const customerIds = [...new Set(input.customerIds)]
    const none = { emails: new Set<string>(), customerIds: new Set<string>() }
    if (!this.settings.throttleDays || (!emails.length && !customerIds.length)) return none
    const rows = await (sharedContext.manager as Manager).execute<
      { throttle_key: string; customer_id: string | null }[]
    >(
      `SELECT throttle_key, customer_id FROM tp_fb_survey
       WHERE deleted_at IS NULL AND state IN ${OFFERED_STATES}
         AND COALESCE(started_at, created_at) > now() - make_interval(days => ?)
         AND (throttle_key IN (${marks(["", ...emails])}) OR customer_id IN (${marks(["", ...customerIds])}))`,
      [this.settings.throttleDays, "", ...emails, "", ...customerIds]
    )
    for (const row of rows) {
      none.emails.add(row.throttle_key)
      if (row.customer_id) none.customerIds.add(row.customer_id)
    }
    return none
  }

  /**
   * Inserts surveys, one per order: an order that already has one is left out. Answers the rows this call
   * inserted (the caller owns those orders' surveys), with their products.
   */
  @InjectManager()
  async claimSurveys(
    input: { surveys: NewSurvey[]; products: Map<string, Omit<SurveyProductRow, "survey_id">[]> },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SurveyRow[]> {
    if (!input.surveys.length) return []
    const manager = sharedContext.manager as Manager
    const { answerWindowDays } = this.settings
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

  /** Removes surveys and their products (a claim undone, or a send deferred by the frequency cap). */
  @InjectManager()
  async releaseSurveys(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!ids.length) return
    const manager = sharedContext.manager as Manager
    await manager.execute(`DELETE FROM tp_fb_survey_product WHERE survey_id IN (${marks(ids)})`, ids)
    await manager.execute(`DELETE FROM tp_fb_survey WHERE id IN (${marks(ids)})`, ids)
  }

  /** Records how each survey's send ended; a sent survey takes answers for `answerWindowDays` from now. */
  @InjectManager()
  async settleSurveys(settlements: SurveySettlement[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!settlements.length) return
    await (sharedContext.manager as Manager).execute(
      `UPDATE tp_fb_survey s SET state = v.state, skip_reason = v.skip_reason, send_id = v.send_id,
         started_at = CASE WHEN v.state = 'sent' THEN now() ELSE s.started_at END,
         closes_at = CASE WHEN v.state = 'sent' THEN now() + make_interval(days => ?) ELSE s.closes_at END,
         updated_at = now()
       FROM (VALUES ${settlements.map(() => "(?, ?, ?, ?)").join(", ")}) AS v(id, state, skip_reason, send_id)
       WHERE s.id = v.id`,
      [
        this.settings.answerWindowDays,
        ...settlements.flatMap((settlement) => [
          settlement.id,
          settlement.state,
          settlement.skipReason,
          settlement.sendId,
        ]),
      ]
    )
  }

  /** A survey with its products, or null. */
  @InjectManager()
  async surveyWithProducts(
    by: { id: string } | { orderId: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ survey: SurveyRow; products: SurveyProductRow[] } | null> {
    const manager = sharedContext.manager as Manager
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

  /**
   * A customer's surveys, newest first (by when they opened, else when they were made), a page at a time, with
   * their products; and how many there are.
   */
  @InjectManager()
  async surveysOfCustomer(
    input: { customerId: string; limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ surveys: { survey: SurveyRow; products: SurveyProductRow[] }[]; count: number }> {
    const manager = sharedContext.manager as Manager
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

  /**
   * Opens an order's survey inline (the order page of a logged-in customer): a survey that was skipped for
   * email becomes answerable here; an open one stays as it is.
   */
  @InjectManager()
  async openInline(surveyId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await (sharedContext.manager as Manager).execute(
      `UPDATE tp_fb_survey SET state = 'inline', skip_reason = NULL, started_at = now(),
         closes_at = now() + make_interval(days => ?), updated_at = now()
       WHERE id = ? AND state IN ('skipped', 'failed')`,
      [this.settings.answerWindowDays, surveyId]
    )
  }

  /** Until when a survey takes (changed) answers, or null when it never opened. */
  editableUntil(survey: SurveyRow): Date | null {
    // a row that went through a workflow carries its dates as strings
    if (!survey.closes_at) return null
    const closes = new Date(survey.closes_at).getTime()
    if (!survey.first_answered_at) return new Date(closes)
    const changeEnds = new Date(survey.first_answered_at).getTime() + this.settings.changeWindowHours * 3_600_000
    return new Date(Math.min(closes, changeEnds))
  }

  /**
   * Writes answers when the survey is still open (in one statement, so a late request cannot slip past the
   * window); null when it is closed. Fields not given keep their value. A person's answer replaces a waiting
   * automatic one, and a burst still running is dropped: a scanner's last link must not override the person.
   */
  @InjectManager()
  async recordAnswers(
    input: { surveyId: string; answers: Answers },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SurveyRow | null> {
    const { answers } = input
    const [row] = await (sharedContext.manager as Manager).execute<SurveyRow[]>(
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
        this.settings.changeWindowHours * 3600,
      ]
    )
    return row ? normalizeSurvey(row) : null
  }

  /**
   * Records an automatic answer (the score page posted by itself, see lib/automatic-answers): it waits until no
   * other automatic answer came for `scannerBurstSeconds`, and becomes the answer only then. A different score
   * within the burst discards the burst (a scanner opened every link); each one extends it. The survey's answer
   * is untouched here. Null when the survey has closed. Settle earlier bursts first (settleAutomaticAnswers).
   */
  @InjectManager()
  async recordAutomaticScore(
    input: { surveyId: string; score: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SurveyRow | null> {
    // one statement: concurrent scanner requests queue on the row and each sees the one before
    const [row] = await (sharedContext.manager as Manager).execute<SurveyRow[]>(
      `UPDATE tp_fb_survey SET
         auto_discarded = CASE WHEN auto_settles_at > now()
           THEN auto_discarded OR auto_score IS DISTINCT FROM ?::int ELSE false END,
         auto_score = CASE WHEN auto_settles_at > now() THEN auto_score ELSE ?::int END,
         auto_at = CASE WHEN auto_settles_at > now() THEN auto_at ELSE now() END,
         auto_settles_at = now() + make_interval(secs => ?), updated_at = now()
       WHERE id = ? AND deleted_at IS NULL AND closes_at > now()
         AND (first_answered_at IS NULL OR first_answered_at + make_interval(secs => ?) > now())
       RETURNING *`,
      [
        input.score,
        input.score,
        this.settings.scannerBurstSeconds,
        input.surveyId,
        this.settings.changeWindowHours * 3600,
      ]
    )
    return row ? normalizeSurvey(row) : null
  }

  /**
   * Ends automatic-answer bursts that have been quiet for `scannerBurstSeconds` (all, or one survey's): a kept
   * one becomes the survey's answer (answered when it was chosen), a discarded one is dropped. Answers the
   * surveys whose answer changed, and every settled survey as it was before (for compensation).
   */
  @InjectManager()
  async settleAutomaticAnswers(
    input: { surveyId?: string; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ answered: SurveyRow[]; before: SurveyRow[] }> {
    const rows = await (sharedContext.manager as Manager).execute<(SurveyRow & { before: SurveyRow })[]>(
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

  /** Puts a survey's answers back as they were (the compensation of recording or settling them). */
  @InjectManager()
  async restoreAnswers(before: SurveyRow, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await (sharedContext.manager as Manager).execute(
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

  /**
   * Keeps a survey's detractor alert in line with its answer: opened (or updated with the new score and
   * comment) for 0-6, withdrawn otherwise unless its email already went. Answers the alert as it was before.
   */
  @InjectManager()
  async syncAlert(survey: SurveyRow, @MedusaContext() sharedContext: Context = {}): Promise<AlertRow | null> {
    const manager = sharedContext.manager as Manager
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
          this.settings.alerts.email ? "pending" : "none",
        ]
      )
    } else if (before && before.state === "open") {
      await manager.execute("UPDATE tp_fb_alert SET state = 'withdrawn', updated_at = now() WHERE id = ?", [before.id])
    }
    return before ?? null
  }

  /** Puts an alert back as it was before `syncAlert` (removed when there was none). */
  @InjectManager()
  async restoreAlert(
    input: { surveyId: string; before: AlertRow | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.manager as Manager
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

  /** Answered surveys whose answer has not changed for `followUpDelayMinutes` and has no follow-up yet. */
  @InjectManager()
  async dueFollowUps(limit: number, @MedusaContext() sharedContext: Context = {}): Promise<FollowUp[]> {
    const manager = sharedContext.manager as Manager
    const surveys = (
      await manager.execute<SurveyRow[]>(
        `SELECT * FROM tp_fb_survey
         WHERE deleted_at IS NULL AND nps_score IS NOT NULL AND followed_up_at IS NULL
           AND answered_at <= now() - make_interval(secs => ?)
         ORDER BY answered_at LIMIT ?`,
        [this.settings.followUpDelayMinutes * 60, limit]
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

  /** Marks follow-ups handled, and how each alert email ended. */
  @InjectManager()
  async settleFollowUps(
    input: { surveyIds: string[]; alertEmails: { alertId: string; state: "sent" | "failed"; sendId: string | null }[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.manager as Manager
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

  /** The owner's alert feed, newest first. */
  @InjectManager()
  async alertFeed(
    input: { limit: number; offset: number; state?: "open" | "withdrawn"; unseen?: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ alerts: AlertRow[]; count: number }> {
    const manager = sharedContext.manager as Manager
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

  /** Marks alerts seen by the owner; answers how many changed. */
  @InjectManager()
  async markAlertsSeen(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<number> {
    if (!ids.length) return 0
    const rows = await (sharedContext.manager as Manager).execute(
      `UPDATE tp_fb_alert SET seen_at = now(), updated_at = now()
       WHERE id IN (${marks(ids)}) AND seen_at IS NULL AND deleted_at IS NULL RETURNING id`,
      ids
    )
    return rows.length
  }

  /** NPS, distributions, effort, response rate, groups and trend for a period (see lib/report). */
  @InjectManager()
  async report(query: ReportQuery, @MedusaContext() sharedContext: Context = {}) {
    return readReport(sharedContext.manager as Manager, query)
  }

  /** The products of the responses in scope, each once (a grouping by category reads their categories). */
  @InjectManager()
  async answeredProductIds(scope: ResponseScope, @MedusaContext() sharedContext: Context = {}) {
    return readAnsweredProductIds(sharedContext.manager as Manager, scope)
  }

  /** Responses with their order, customer and products, filtered (the verbatims and the CSV export). */
  @InjectManager()
  async responses(query: ResponsesQuery, @MedusaContext() sharedContext: Context = {}) {
    return readResponses(sharedContext.manager as Manager, query)
  }

  /**
   * Retention: free-text comments answered before `before` are cleared from surveys and their owner alerts (the
   * scores stay for the reports). Chunked; rows another worker holds are skipped (it clears them).
   */
  async clearCommentsBefore(before: Date | string): Promise<number> {
    let total = 0
    for (;;) {
      const cleared = await this.clearCommentsChunk(new Date(before))
      total += cleared
      if (cleared < COMMENT_CHUNK) return total
    }
  }

  @InjectTransactionManager()
  protected async clearCommentsChunk(before: Date, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const manager = sharedContext.transactionManager as Manager
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

  /** Everything feedback keeps about a person (core's personal-data export). */
  @InjectManager()
  async personalDataOf(subject: PersonalDataSubject, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as Manager
    const surveys = await feedbackPersonalData.surveyIds(manager, subject)
    return readPersonalRows(manager, feedbackPersonalData.kinds(subject, surveys))
  }

  /** Deletes it (rows, not a soft delete); a second run finds nothing. */
  @InjectTransactionManager()
  async erasePersonalData(subject: PersonalDataSubject, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as Manager
    const surveys = await feedbackPersonalData.surveyIds(manager, subject)
    return deletePersonalRows(manager, feedbackPersonalData.kinds(subject, surveys))
  }
}

/** Numbers from PostgreSQL's integer columns arrive as numbers; bigint-like strings are made numbers. */
function normalizeSurvey(row: SurveyRow): SurveyRow {
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
