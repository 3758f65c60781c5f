import { BUYABLE_CHANGED, createAnswerCache } from "@touchpoints/core/lib"

/**
 * Per-instance L1 for the visitor-independent groups of a product (similar, brand) and whole pages of unknown
 * visitors, per region and channel. Product, variant, price and stock changes, placed or canceled orders and
 * owner changes flush it on every instance (core's cache bus over Redis); the short TTL (option
 * `cache.ttlSeconds`) bounds how long an instance that missed a flush serves an older answer.
 */
const groups = createAnswerCache({
  name: "next-steps:groups",
  ttlSeconds: 30,
  maxKeys: 5_000,
  // built from core's snapshot of what shoppers can buy: drop them when it changes
  flushOn: [BUYABLE_CHANGED],
})

export const configureGroupCache = groups.configure
export const cachedGroups = groups.cached
export const flushGroupCache = groups.flush
