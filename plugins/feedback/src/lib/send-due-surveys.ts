import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { runClaimedSends } from "@touchpoints/core/lib"
import { type MedusaDb, ordersReachingStage } from "@touchpoints/core/medusa-tables"
import { EMAIL_MODULE, type EmailModuleService, normalizeAddress } from "@touchpoints/core/modules/email"
import type { SendEmailResult } from "@touchpoints/core/workflows"
import { FEEDBACK_MODULE } from "../modules/feedback"
import type { DueOrder, NewSurvey, SurveyRow, SurveySettlement } from "../modules/feedback/lib/types"
import type FeedbackModuleService from "../modules/feedback/service"
import { claimFeedbackSurveysWorkflow } from "../workflows/claim-surveys"
import { settleFeedbackSurveysWorkflow } from "../workflows/settle-surveys"
import { FEEDBACK_FLOW, FEEDBACK_TEMPLATES, surveyEmailData } from "./feedback-emails"
import { signFeedbackToken } from "./feedback-token"
import { orderProducts } from "./order-products"

export type SurveyOutcome =
  | "sent"
  | "failed"
  | "canceled"
  | "refunded"
  | "throttled"
  | "deferred"
  | "no_consent"
  | "unsubscribed"
  | "suppressed"

export type SurveyScanSummary = { scanned_pages: number; due: number; outcomes: Partial<Record<SurveyOutcome, number>> }

/**
 * Surveys every order whose start event is `delayDays` old, unless it was canceled or refunded or the customer
 * was surveyed within `throttleDays`; consent, suppression and the frequency cap are the email core's. One run
 * at a time across workers (the locking module), and each order's survey row is its claim: never two surveys
 * for an order, never two for a customer inside the throttle.
 */
export async function sendDueSurveys(container: MedusaContainer): Promise<SurveyScanSummary> {
  return container
    .resolve(Modules.LOCKING)
    .execute("touchpoints-feedback-survey-scan", () => scanDueOrders(container), { timeout: 600, expire: 120 })
}

async function scanDueOrders(container: MedusaContainer): Promise<SurveyScanSummary> {
  const feedback = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
  const medusaDb = container.resolve<MedusaDb>(ContainerRegistrationKeys.PG_CONNECTION)
  const limit = feedback.settings.scanPageSize
  let scannedPages = 0
  let due = 0
  const { outcomes } = await runClaimedSends<DueOrder, SurveyBatch, SurveyOutcome>(container, {
    // a batch is as large as a page, and one at a time: the throttle reads the surveys of earlier batches
    batchSize: limit,
    concurrency: 1,
    findDue: async (afterId) => {
      const reached = await ordersReachingStage(medusaDb, feedback.dueOrdersQuery({ afterId, limit }))
      const page = await feedback.dueOrders({ page: reached, limit })
      scannedPages += 1
      due += page.orders.length
      return { items: page.orders, next: page.full && page.lastId ? page.lastId : null }
    },
    claim: (orders) => claimSurveys(container, orders),
    messagesOf: (batch) => batch.toSend.map((survey) => surveyMessage(container, survey, batch.products)),
    // nothing went out (a template or its data is wrong): the next scan tries these orders again
    release: async (batch) => {
      await settleFeedbackSurveysWorkflow(container).run({
        input: { settlements: [], deferred: batch.toSend.map((survey) => survey.id) },
      })
    },
    settle: (batch, results) => settleSurveys(container, batch, results),
  })
  return { scanned_pages: scannedPages, due, outcomes }
}

/** A claimed batch: the surveys to email, with their orders' products. */
type SurveyBatch = { toSend: SurveyRow[]; products: Awaited<ReturnType<typeof orderProducts>> }

/** Decides and claims the surveys of some due orders; answers the ones to email and how the others ended. */
async function claimSurveys(
  container: MedusaContainer,
  orders: DueOrder[]
): Promise<{ batch: SurveyBatch; outcomes: SurveyOutcome[] }> {
  const feedback = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
  const surveys = await skipBlockedForGood(container, await decide(feedback, orders))
  const sending = surveys.filter((survey) => survey.state === "sending").map((survey) => survey.orderId)
  const products = await orderProducts(container.resolve(ContainerRegistrationKeys.QUERY), sending)
  const { result: claimed } = await claimFeedbackSurveysWorkflow(container).run({
    input: { surveys, products: Object.fromEntries(products) },
  })
  const outcomes = claimed.flatMap((survey) =>
    survey.state === "skipped" ? [survey.skip_reason as SurveyOutcome] : []
  )
  return { batch: { toSend: claimed.filter((survey) => survey.state === "sending"), products }, outcomes }
}

/** Records how each survey's email ended; a send deferred by the frequency cap gives its claim back. */
async function settleSurveys(
  container: MedusaContainer,
  batch: SurveyBatch,
  results: SendEmailResult[]
): Promise<SurveyOutcome[]> {
  if (!batch.toSend.length) return []
  const outcomes: SurveyOutcome[] = []
  const settlements: SurveySettlement[] = []
  const deferred: string[] = []
  batch.toSend.forEach((survey, index) => {
    const result = results[index]
    if (result.status === "blocked" && result.reason === "frequency_cap") {
      deferred.push(survey.id)
      outcomes.push("deferred")
      return
    }
    const settlement = settlementOf(survey.id, result)
    settlements.push(settlement)
    if (settlement.state === "skipped") outcomes.push(settlement.skipReason as SurveyOutcome)
    else outcomes.push(settlement.state === "failed" ? "failed" : "sent")
  })
  await settleFeedbackSurveysWorkflow(container).run({ input: { settlements, deferred } })
  return outcomes
}

/** Blocks that stay until the shopper acts; the frequency cap passes in time, so the send defers those. */
const BLOCKED_FOR_GOOD = new Set(["no_consent", "unsubscribed", "suppressed"])

/**
 * Surveys the email core would block for good (no consent, unsubscribed, suppressed) are skipped here for the
 * whole batch in one read, as the send would have settled them: no products read, no send claimed. Most due
 * orders of a big shop are such (38,918 of 41,345 on the bench shop).
 */
async function skipBlockedForGood(container: MedusaContainer, surveys: NewSurvey[]): Promise<NewSurvey[]> {
  const { settings } = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
  const sending = surveys.filter((survey) => survey.state === "sending")
  const reasons = await container.resolve<EmailModuleService>(EMAIL_MODULE).blockReasons(
    sending.map((survey) => ({
      recipient: survey.email,
      flow: FEEDBACK_FLOW,
      marketing: true,
      requiresConsent: settings.requireConsent,
    }))
  )
  const blocked = new Map(sending.map((survey, index) => [survey.orderId, reasons[index]]))
  return surveys.map((survey) => {
    const reason = blocked.get(survey.orderId)
    return reason && BLOCKED_FOR_GOOD.has(reason)
      ? { ...survey, state: "skipped" as const, skipReason: reason }
      : survey
  })
}

/** Which orders get a survey now and why the others do not (canceled, refunded, throttled). */
async function decide(feedback: FeedbackModuleService, orders: DueOrder[]): Promise<NewSurvey[]> {
  const recent = await feedback.recentlySurveyed({
    emails: orders.map((order) => order.email),
    customerIds: orders.flatMap((order) => (order.customer_id ? [order.customer_id] : [])),
  })
  // the oldest order of a customer in this page goes first; the throttle then holds the others back
  const byStart = [...orders].sort((a, b) => new Date(a.started_at).getTime() - new Date(b.started_at).getTime())
  return byStart.map((order) => {
    const email = normalizeAddress(order.email)
    const skipReason = order.canceled
      ? "canceled"
      : order.refunded
        ? "refunded"
        : recent.emails.has(email) || (order.customer_id && recent.customerIds.has(order.customer_id))
          ? "throttled"
          : null
    if (!skipReason && feedback.settings.throttleDays) {
      recent.emails.add(email)
      if (order.customer_id) recent.customerIds.add(order.customer_id)
    }
    return {
      orderId: order.id,
      orderDisplayId: order.display_id,
      customerId: order.customer_id,
      email: order.email,
      locale: order.locale,
      channel: "email",
      state: skipReason ? "skipped" : "sending",
      skipReason,
    }
  })
}

function surveyMessage(
  container: MedusaContainer,
  survey: SurveyRow,
  products: Awaited<ReturnType<typeof orderProducts>>
) {
  const { settings } = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
  // score links go to this server (core's shop.backendUrl): a page that records the score with a POST
  const publicUrl = container.resolve<EmailModuleService>(EMAIL_MODULE).settings.shop.backendUrl
  return {
    flow: FEEDBACK_FLOW,
    subject_id: survey.order_id,
    step: "1",
    to: survey.email,
    marketing: true,
    requires_consent: settings.requireConsent,
    template: "feedback-survey",
    template_root: FEEDBACK_TEMPLATES,
    locale: survey.locale ?? undefined,
    data: surveyEmailData({
      publicUrl,
      surveyUrl: settings.surveyUrl,
      token: signFeedbackToken(settings.keys, survey.id, settings.surveyLinkDays),
      orderDisplayId: survey.order_display_id,
      products: products.get(survey.order_id) ?? [],
    }),
  }
}

/** A survey's state from its email's fate: failed sends are retried by the email core, so they count as sent. */
function settlementOf(surveyId: string, result: SendEmailResult): SurveySettlement {
  const base = { id: surveyId, sendId: result.send_id }
  if (result.status === "sent" || result.status === "failed" || result.status === "duplicate") {
    return { ...base, state: "sent", skipReason: null }
  }
  if (result.status === "dead") return { ...base, state: "failed", skipReason: "undeliverable" }
  return { ...base, state: "skipped", skipReason: result.reason ?? "blocked" }
}
