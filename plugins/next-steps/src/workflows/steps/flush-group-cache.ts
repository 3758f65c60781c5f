import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { flushGroupCache } from "../../modules/next-steps/lib/group-cache"

export const flushGroupCacheStepId = "touchpoints-next-steps-flush-group-cache-step"

/**
 * Drops the cached link groups (on every instance, through core's cache bus) after an owner's change that can
 * alter them. The last step of its workflow; nothing to compensate: the next read recomputes.
 */
export const flushGroupCacheStep = createStep(flushGroupCacheStepId, async () => {
  flushGroupCache()
  return new StepResponse(null)
})
