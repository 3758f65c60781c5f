import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VISITOR_MODULE } from "../../../modules/visitor"
import type VisitorModuleService from "../../../modules/visitor/service"

export const recordVisitorConsentStepId = "touchpoints-core-record-visitor-consent-step"

export type RecordVisitorConsentInput = {
  visitor_id: string
  analytics: boolean
  source: string
  /** Set from a store request: a profile linked to another customer is refused (ForeignProfileError). */
  shopper?: { customer_id: string | null }
}

/** Records the choice (and erases analytics data on withdrawal) in one transaction. */
export const recordVisitorConsentStep = createStep(
  recordVisitorConsentStepId,
  async (input: RecordVisitorConsentInput, { container }) => {
    const visitors = container.resolve<VisitorModuleService>(VISITOR_MODULE)
    const profile = await visitors.recordConsent({
      anonymousId: input.visitor_id,
      analytics: input.analytics,
      source: input.source,
      shopper: input.shopper && { customerId: input.shopper.customer_id },
    })
    return new StepResponse({ analytics: profile.analytics_consent, updated_at: profile.consent_updated_at })
  }
)
