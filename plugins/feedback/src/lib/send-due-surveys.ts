import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EMAIL_MODULE, type EmailModuleService, normalizeAddress } from "@touchpoints/core/modules/email"
import { type SendEmailResult, sendEmailsWorkflow } from "@touchpoints/core/workflows"
import { FEEDBACK_MODULE } from "../modules/feedback"
import type { DueOrder, NewSurvey, SurveyRow, SurveySettlement } from "../modules/feedback/lib/types"
import type FeedbackModuleService from "../modules/feedback/service"
import { claimFeedbackSurveysWorkflow } from "../workflows/claim-feedback-surveys"
import { settleFeedbackSurveysWorkflow } from "../workflows/settle-feedback-surveys"
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
  const summary: SurveyScanSummary = { scanned_pages: 0, due: 0, outcomes: {} }
  let afterId: string | null = null
  for (;;) {
    const page = await feedback.dueOrders({ afterId, limit: feedback.settings.scanPageSize })
    summary.scanned_pages += 1
    summary.due += page.orders.length
    for (const [outcome, times] of await surveyOrders(container, page.orders)) {
      summary.outcomes[outcome] = (summary.outcomes[outcome] ?? 0) + times
    }
    if (!page.full || !page.lastId) return summary
    afterId = page.lastId
  }
}

/** Decides, claims, sends and settles one page of due orders; answers how many ended how. */
async function surveyOrders(container: MedusaContainer, orders: DueOrder[]): Promise<Map<SurveyOutcome, number>> {
  const outcomes = new Map<SurveyOutcome, number>()
  if (!orders.length) return outcomes
  const tally = (outcome: SurveyOutcome) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
  const feedback = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
  const surveys = await decide(feedback, orders)
  const sending = surveys.filter((survey) => survey.state === "sending").map((survey) => survey.orderId)
  const products = await orderProducts(container.resolve(ContainerRegistrationKeys.QUERY), sending)
  const { result: claimed } = await claimFeedbackSurveysWorkflow(container).run({
    input: { surveys, products: Object.fromEntries(products) },
  })
  for (const survey of claimed) if (survey.state === "skipped") tally(survey.skip_reason as SurveyOutcome)
  const toSend = claimed.filter((survey) => survey.state === "sending")
  if (!toSend.length) return outcomes
  let results: SendEmailResult[]
  try {
    results = (
      await sendEmailsWorkflow(container).run({
        input: { messages: toSend.map((survey) => surveyMessage(container, survey, products)) },
      })
    ).result
  } catch (error) {
    // nothing went out (a template or its data is wrong): the next scan tries these orders again
    await settleFeedbackSurveysWorkflow(container).run({
      input: { settlements: [], deferred: toSend.map((survey) => survey.id) },
    })
    throw error
  }
  const settlements: SurveySettlement[] = []
  const deferred: string[] = []
  toSend.forEach((survey, index) => {
    const result = results[index]
    if (result.status === "blocked" && result.reason === "frequency_cap") {
      deferred.push(survey.id)
      tally("deferred")
      return
    }
    const settlement = settlementOf(survey.id, result)
    settlements.push(settlement)
    if (settlement.state === "skipped") tally(settlement.skipReason as SurveyOutcome)
    else tally(settlement.state === "failed" ? "failed" : "sent")
  })
  await settleFeedbackSurveysWorkflow(container).run({ input: { settlements, deferred } })
  return outcomes
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
