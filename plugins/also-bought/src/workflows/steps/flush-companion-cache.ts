import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { flushCompanionCache } from "../../lib/companion-cache"

export const flushCompanionCacheStepId = "touchpoints-also-bought-flush-companion-cache-step"

/**
 * Drops the cached companion lists and bundles (on every instance, through core's cache bus) after a change that
 * can alter them. The last step of its workflow; nothing to compensate: the next read recomputes.
 */
export const flushCompanionCacheStep = createStep(flushCompanionCacheStepId, async () => {
  flushCompanionCache()
  return new StepResponse(null)
})
