import { storeFetch } from "./client.js"
import { wishlistState } from "./state.js"

/** The backend takes 1-100 variants per counts request. */
const COUNTS_MAX = 100

async function flushCounts(): Promise<void> {
  const queue = wishlistState().countQueue
  const waiting = [...queue]
  queue.clear()
  for (let start = 0; start < waiting.length; start += COUNTS_MAX) {
    const batch = waiting.slice(start, start + COUNTS_MAX)
    const search = new URLSearchParams(batch.map(([id]) => ["variant_id", id]))
    try {
      const { counts } = await storeFetch<{ counts?: Record<string, number> }>(`/store/wishlist-counts?${search}`)
      for (const [id, settle] of batch) settle.resolve(Number(counts?.[id] ?? 0))
    } catch (error) {
      for (const [, settle] of batch) settle.reject(error)
    }
  }
}

/**
 * How many shoppers hold the variant in a list (`GET /store/wishlist-counts`). Calls made in the same task are
 * sent as one request (up to 100 variants each) and answers are kept until the next wishlist change.
 */
export function wishlistCount(variantId: string): Promise<number> {
  const current = wishlistState()
  const cached = current.counts.get(variantId)
  if (cached) return cached
  const promise = new Promise<number>((resolve, reject) => {
    if (current.countQueue.size === 0) setTimeout(() => void flushCounts(), 0)
    current.countQueue.set(variantId, { resolve, reject })
  })
  current.counts.set(variantId, promise)
  promise.catch(() => current.counts.get(variantId) === promise && current.counts.delete(variantId))
  return promise
}
