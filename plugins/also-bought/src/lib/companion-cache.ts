import { BUYABLE_CHANGED, createAnswerCache } from "@touchpoints/core/lib"

/**
 * Per-instance L1 for finished companion lists and bundles (the hot read path). Any change that can alter an
 * answer (an order counted or cancelled, a product, variant or stock change, a pin or block, a rebuild or an
 * import) flushes it on the instance that saw the event and, through core's cache bus (Redis), on the others;
 * the short TTL (option `cache.ttlSeconds`) bounds how long an instance that missed a flush serves the previous answer.
 */
const companions = createAnswerCache({
  name: "also-bought:companions",
  ttlSeconds: 30,
  maxKeys: 5_000,
  // built from core's snapshot of what shoppers can buy: drop them when it changes
  flushOn: [BUYABLE_CHANGED],
})

export const configureCompanionCache = companions.configure
export const cachedAnswer = companions.cached
export const flushCompanionCache = companions.flush
