/** Most distinct products/categories a profile keeps counts for; the least viewed are dropped beyond it. */
export const MAX_COUNTED_KEYS = 200

/** Adds `delta` into `counts`, keeping at most MAX_COUNTED_KEYS keys (highest counts win). */
export function addCounts(counts: Record<string, number>, delta: Record<string, number>): Record<string, number> {
  const merged: Record<string, number> = { ...counts }
  for (const [key, value] of Object.entries(delta)) {
    merged[key] = (merged[key] ?? 0) + value
  }
  const keys = Object.keys(merged)
  if (keys.length <= MAX_COUNTED_KEYS) {
    return merged
  }
  const kept = keys.sort((a, b) => merged[b] - merged[a] || a.localeCompare(b)).slice(0, MAX_COUNTED_KEYS)
  return Object.fromEntries(kept.map((key) => [key, merged[key]]))
}
