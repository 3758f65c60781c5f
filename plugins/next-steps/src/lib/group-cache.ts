import { createAnswerCache } from "@touchpoints/core/lib/answer-cache"

/**
 * Per-instance L1 for the visitor-independent groups of a product (similar, brand) and whole pages of unknown
 * visitors, per region and channel. Product, variant, price and stock changes, placed or canceled orders and
 * owner changes flush it on the instance that saw them; the short TTL (option `cache.ttlSeconds`) bounds how
 * long other instances serve an older answer.
 */
const groups = createAnswerCache({ ttlSeconds: 30, maxKeys: 5_000 })

export const configureGroupCache = groups.configure
export const cachedGroups = groups.cached
export const flushGroupCache = groups.flush
