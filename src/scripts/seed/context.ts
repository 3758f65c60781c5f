import type { MedusaContainer } from "@medusajs/framework/types"

/** What the store phase sets up and every later phase needs. */
export type StoreRefs = {
  storeId: string
  salesChannelId: string
  publishableKey: string
  publishableKeyId: string
  regions: { eu: { id: string; currency: "eur" }; us: { id: string; currency: "usd" } }
  locationId: string
  shippingProfileId: string
  /** shipping option ids per region and speed */
  shippingOptions: Record<"eu" | "us", Record<"standard" | "express", { id: string; name: string }>>
}

export type SeedContext = {
  container: MedusaContainer
  /** the anchor every back-dated timestamp counts from */
  now: Date
}

export const minutesBefore = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000)
export const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000)

/** Runs `fn` over `items` with at most `limit` calls in flight (results in input order). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>) {
  const out: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

export const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size))
  }
  return out
}

/** `map.get(key)`, or a clear error naming what is missing. */
export function must<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key)
  if (value === undefined) {
    throw new Error(`seed: ${what} ${String(key)} is missing`)
  }
  return value
}
