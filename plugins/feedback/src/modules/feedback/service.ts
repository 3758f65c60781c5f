import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { PersonalDataSubject } from "@touchpoints/core/lib"
import { deletePersonalRows, readPersonalRows } from "@touchpoints/core/lib"
import { COMMENT_CHUNK } from "./lib/survey-rows"
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
import { alertRows } from "./repositories/alerts"
import { answerRows } from "./repositories/answers"
import { feedbackPersonalData } from "./repositories/personal-data"
import { feedbackReport, type ReportQuery, type ResponseScope, type ResponsesQuery } from "./repositories/report"
import { surveyClaims } from "./repositories/survey-claims"
import { surveyRows } from "./repositories/surveys"

type Manager = SqlEntityManager

/**
 * The feedback records' rules: surveys (one per order, the row is the claim), their products, answers and
 * detractor alerts, and the owner's report. The SQL is in repositories/ (our tables only); the orders due for a
 * survey come from core's `ordersReachingStage` (Medusa's order tables), filtered here a page at a time.
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
    return surveyRows.recentlySurveyed(sharedContext.manager as Manager, this.settings, input)
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
    return surveyRows.claimSurveys(sharedContext.manager as Manager, this.settings, input)
  }

  /** Removes surveys and their products (a claim undone, or a send deferred by the frequency cap). */
  @InjectManager()
  async releaseSurveys(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return surveyRows.releaseSurveys(sharedContext.manager as Manager, ids)
  }

  /** Records how each survey's send ended; a sent survey takes answers for `answerWindowDays` from now. */
  @InjectManager()
  async settleSurveys(settlements: SurveySettlement[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return surveyRows.settleSurveys(sharedContext.manager as Manager, this.settings, settlements)
  }

  /** A survey with its products, or null. */
  @InjectManager()
  async surveyWithProducts(
    by: { id: string } | { orderId: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ survey: SurveyRow; products: SurveyProductRow[] } | null> {
    return surveyRows.surveyWithProducts(sharedContext.manager as Manager, by)
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
    return surveyRows.surveysOfCustomer(sharedContext.manager as Manager, input)
  }

  /**
   * Opens an order's survey inline (the order page of a logged-in customer): a survey that was skipped for
   * email becomes answerable here; an open one stays as it is.
   */
  @InjectManager()
  async openInline(surveyId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return surveyRows.openInline(sharedContext.manager as Manager, this.settings, surveyId)
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
    return answerRows.recordAnswers(sharedContext.manager as Manager, this.settings, input)
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
    return answerRows.recordAutomaticScore(sharedContext.manager as Manager, this.settings, input)
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
    return answerRows.settleAutomaticAnswers(sharedContext.manager as Manager, input)
  }

  /** Puts a survey's answers back as they were (the compensation of recording or settling them). */
  @InjectManager()
  async restoreAnswers(before: SurveyRow, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return answerRows.restoreAnswers(sharedContext.manager as Manager, before)
  }

  /**
   * Keeps a survey's detractor alert in line with its answer: opened (or updated with the new score and
   * comment) for 0-6, withdrawn otherwise unless its email already went. Answers the alert as it was before.
   */
  @InjectManager()
  async syncAlert(survey: SurveyRow, @MedusaContext() sharedContext: Context = {}): Promise<AlertRow | null> {
    return alertRows.syncAlert(sharedContext.manager as Manager, this.settings, survey)
  }

  /** Puts an alert back as it was before `syncAlert` (removed when there was none). */
  @InjectManager()
  async restoreAlert(
    input: { surveyId: string; before: AlertRow | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return alertRows.restoreAlert(sharedContext.manager as Manager, input)
  }

  /** Answered surveys whose answer has not changed for `followUpDelayMinutes` and has no follow-up yet. */
  @InjectManager()
  async dueFollowUps(limit: number, @MedusaContext() sharedContext: Context = {}): Promise<FollowUp[]> {
    return alertRows.dueFollowUps(sharedContext.manager as Manager, this.settings, limit)
  }

  /** Marks follow-ups handled, and how each alert email ended. */
  @InjectManager()
  async settleFollowUps(
    input: { surveyIds: string[]; alertEmails: { alertId: string; state: "sent" | "failed"; sendId: string | null }[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return alertRows.settleFollowUps(sharedContext.manager as Manager, input)
  }

  /** The owner's alert feed, newest first. */
  @InjectManager()
  async alertFeed(
    input: { limit: number; offset: number; state?: "open" | "withdrawn"; unseen?: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ alerts: AlertRow[]; count: number }> {
    return alertRows.alertFeed(sharedContext.manager as Manager, input)
  }

  /** Marks alerts seen by the owner; answers how many changed. */
  @InjectManager()
  async markAlertsSeen(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return alertRows.markAlertsSeen(sharedContext.manager as Manager, ids)
  }

  /** NPS, distributions, effort, response rate, groups and trend for a period (see repositories/report). */
  @InjectManager()
  async report(query: ReportQuery, @MedusaContext() sharedContext: Context = {}) {
    return feedbackReport.readReport(sharedContext.manager as Manager, query)
  }

  /** The products of the responses in scope, each once (a grouping by category reads their categories). */
  @InjectManager()
  async answeredProductIds(scope: ResponseScope, @MedusaContext() sharedContext: Context = {}) {
    return feedbackReport.readAnsweredProductIds(sharedContext.manager as Manager, scope)
  }

  /** Responses with their order, customer and products, filtered (the verbatims and the CSV export). */
  @InjectManager()
  async responses(query: ResponsesQuery, @MedusaContext() sharedContext: Context = {}) {
    return feedbackReport.readResponses(sharedContext.manager as Manager, query)
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
    return answerRows.clearCommentsChunk(sharedContext.transactionManager as Manager, before)
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
