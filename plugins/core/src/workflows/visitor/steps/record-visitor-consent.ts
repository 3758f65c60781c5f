import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VISITOR_MODULE } from "../../../modules/visitor"
import type VisitorModuleService from "../../../modules/visitor/service"

export const recordVisitorConsentStepId = "record-visitor-consent"

export type RecordVisitorConsentInput = { visitor_id: string; analytics: boolean; source: string }

/** Records the choice (and erases analytics data on withdrawal) in one transaction. */
export const recordVisitorConsentStep = createStep(
  recordVisitorConsentStepId,
  async (input: RecordVisitorConsentInput, { container }) => {
    const visitors = container.resolve<VisitorModuleService>(VISITOR_MODULE)
    const profile = await visitors.recordConsent({
      anonymousId: input.visitor_id,
      analytics: input.analytics,
      source: input.source,
    })
    return new StepResponse({ analytics: profile.analytics_consent, updated_at: profile.consent_updated_at })
  }
)
