import type { MedusaContainer } from "@medusajs/framework/types"
import { runClaimedSends } from "@touchpoints/core/lib"
import { EMAIL_MODULE, type EmailModuleService } from "@touchpoints/core/modules/email"
import type { SendEmailInput } from "@touchpoints/core/workflows"
import { FEEDBACK_MODULE } from "../modules/feedback"
import type { FollowUp } from "../modules/feedback/lib/types"
import type FeedbackModuleService from "../modules/feedback/service"
import { settleAutomaticFeedbackAnswersWorkflow } from "../workflows/settle-automatic-answers"
import { settleFeedbackFollowUpsWorkflow } from "../workflows/settle-follow-ups"
import { FEEDBACK_ALERT_FLOW, FEEDBACK_TEMPLATES, FEEDBACK_THANKS_FLOW, reviewLink } from "./feedback-emails"

const FOLLOW_UPS_PER_RUN = 200

export type FollowUpSummary = { handled: number; alerts_emailed: number; thanks_sent: number }

/**
 * Acts on answers that have settled (unchanged for `followUpDelayMinutes`): a detractor's alert is emailed to
 * the owner (`alerts.email`), a promoter gets a thank-you with review links (and the referral link). Each email
 * is claimed under `<flow>:<survey>:1`, so a changed answer or a second worker never sends one twice.
 */
export async function sendFeedbackFollowUps(container: MedusaContainer): Promise<FollowUpSummary> {
  const feedback = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
  await settleAutomaticAnswers(container)
  const { outcomes } = await runClaimedSends<FollowUp, FollowUpBatch, FollowUpOutcome>(container, {
    // settled answers leave the due list, so each page is read after the one before was settled
    batchSize: FOLLOW_UPS_PER_RUN,
    concurrency: 1,
    findDue: async () => {
      const due = await feedback.dueFollowUps(FOLLOW_UPS_PER_RUN)
      return { items: due, next: due.length < FOLLOW_UPS_PER_RUN ? null : "more" }
    },
    claim: async (due) => ({
      batch: {
        due,
        planned: due.flatMap((followUp) => {
          const message = messageOf(container, followUp)
          return message ? [{ followUp, message }] : []
        }),
      },
      outcomes: [],
    }),
    messagesOf: (batch) => batch.planned.map((plan) => plan.message),
    settle: async ({ due, planned }, result) => {
      const outcomes: FollowUpOutcome[] = due.map(() => "handled")
      const alertEmails = planned.flatMap(({ followUp, message }, index) => {
        const sent = result[index].status !== "blocked" && result[index].status !== "dead"
        if (message.flow === FEEDBACK_THANKS_FLOW && sent) outcomes.push("thanks_sent")
        if (message.flow !== FEEDBACK_ALERT_FLOW || !followUp.alert) return []
        if (sent) outcomes.push("alerts_emailed")
        return [
          {
            alertId: followUp.alert.id,
            state: sent ? ("sent" as const) : ("failed" as const),
            sendId: result[index].send_id,
          },
        ]
      })
      await settleFeedbackFollowUpsWorkflow(container).run({
        input: { survey_ids: due.map((followUp) => followUp.survey.id), alert_emails: alertEmails },
      })
      return outcomes
    },
  })
  return {
    handled: outcomes.handled ?? 0,
    alerts_emailed: outcomes.alerts_emailed ?? 0,
    thanks_sent: outcomes.thanks_sent ?? 0,
  }
}

type FollowUpOutcome = keyof FollowUpSummary

/** Settled answers, and the emails they call for. */
type FollowUpBatch = { due: FollowUp[]; planned: { followUp: FollowUp; message: SendEmailInput }[] }

/** Automatic answers whose burst has ended become answers first (a scanner's discarded burst never does). */
async function settleAutomaticAnswers(container: MedusaContainer): Promise<void> {
  for (;;) {
    const { result } = await settleAutomaticFeedbackAnswersWorkflow(container).run({
      input: { limit: FOLLOW_UPS_PER_RUN },
    })
    if (result.length < FOLLOW_UPS_PER_RUN) return
  }
}

/** The email a settled answer calls for, or null (passives, alerts without an address, thank-yous turned off). */
function messageOf(container: MedusaContainer, followUp: FollowUp): SendEmailInput | null {
  const { settings } = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
  const { survey, products, alert } = followUp
  const base = {
    subject_id: survey.id,
    step: "1",
    marketing: false,
    requires_consent: false,
    template_root: FEEDBACK_TEMPLATES,
  }
  if (
    followUp.band === "detractor" &&
    alert?.state === "open" &&
    alert.email_state === "pending" &&
    settings.alerts.email
  ) {
    const { backendUrl } = container.resolve<EmailModuleService>(EMAIL_MODULE).settings.shop
    return {
      ...base,
      flow: FEEDBACK_ALERT_FLOW,
      to: settings.alerts.email,
      template: "feedback-alert",
      data: {
        order_id: survey.order_id,
        order_display_id: survey.order_display_id,
        order_url: `${backendUrl.replace(/\/$/, "")}/app/orders/${survey.order_id}`,
        customer_email: survey.email,
        nps_score: survey.nps_score,
        ces_score: survey.ces_score,
        comment: survey.comment,
        products: products.map((product) => ({ title: product.title })),
      },
    }
  }
  if (followUp.band === "promoter" && settings.promoters.thankYou) {
    return {
      ...base,
      flow: FEEDBACK_THANKS_FLOW,
      to: survey.email,
      template: "feedback-thanks",
      locale: survey.locale ?? undefined,
      data: {
        nps_score: survey.nps_score,
        reviews: products.flatMap((product) => {
          const url = reviewLink(settings.promoters.reviewUrl, product)
          return url ? [{ title: product.title, url }] : []
        }),
        referral_url: settings.promoters.referralUrl,
      },
    }
  }
  return null
}
