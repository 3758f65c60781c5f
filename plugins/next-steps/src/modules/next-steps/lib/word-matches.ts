import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>

const MAX_WORDS = 4
/** Words that say nothing about a product. */
const NOISE = new Set(["the", "and", "for", "with", "new", "product", "products", "sale", "set"])

/** The words of a handle worth searching for ("blue-ceramic-mug-2" -> blue, ceramic, mug). */
export function handleWords(handle: string): string[] {
  const words = handle
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f]+/)
    .filter((word) => word.length >= 3 && !/^\d+$/.test(word) && !NOISE.has(word))
  return [...new Set(words)].slice(0, MAX_WORDS)
}

/**
 * Published products matching the words of a handle, those matching more words first (Medusa's product search
 * over title, handle and description per word).
 */
export async function wordMatches(query: Query, handle: string): Promise<string[]> {
  const hits = new Map<string, number>()
  for (const word of handleWords(handle)) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { q: word, status: "published" } as Record<string, unknown>,
      pagination: { take: 50 },
    })
    for (const { id } of data as { id: string }[]) hits.set(id, (hits.get(id) ?? 0) + 1)
  }
  return [...hits].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([id]) => id)
}
