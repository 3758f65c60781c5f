import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { enforceRetention } from "../../../lib/personal-data"
import { VISITOR_MODULE } from "../../../modules/visitor"
import type VisitorModuleService from "../../../modules/visitor/service"

export const enforceRetentionStepId = "touchpoints-core-enforce-retention-step"

/**
 * Runs every plugin's retention with core's `retention` options. Deliberately irreversible (cleared text and
 * deleted rows are gone): nothing to compensate; every statement is chunked and idempotent, so a rerun or a
 * second worker only finishes the job.
 */
export const enforceRetentionStep = createStep(
  enforceRetentionStepId,
  async (input: { now: string }, { container }) => {
    const { retention } = container.resolve<VisitorModuleService>(VISITOR_MODULE).settings
    return new StepResponse(await enforceRetention({ container, policy: retention, now: new Date(input.now) }))
  }
)
