// Writes a deterministic order history in the `baskets` format (one order per line, product titles separated by
// commas) with a realistic shape: Zipf-like product popularity, and themes whose products are bought together.
import { createWriteStream } from "node:fs"

/** mulberry32: a small seeded PRNG, so every run writes the same file. */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * @param {string} file
 * @param {{ lines: number, products: number, themeSize?: number, seed?: number }} options
 * @returns {Promise<{ orders: number, lines: number, titles: string[] }>}
 */
export async function writeBaskets(file, { lines, products, themeSize = 20, seed = 42 }) {
  const random = prng(seed)
  const titles = Array.from({ length: products }, (_, index) => `Bench product ${String(index + 1).padStart(5, "0")}`)
  // popularity ~ 1/rank: a cumulative table to draw from
  const weights = titles.map((_, index) => 1 / (index + 1))
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const cumulative = []
  let running = 0
  for (const weight of weights) {
    running += weight / total
    cumulative.push(running)
  }
  const popular = () => {
    const value = random()
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (cumulative[middle] < value) low = middle + 1
      else high = middle
    }
    return low
  }
  const out = createWriteStream(file)
  let written = 0
  let orders = 0
  while (written < lines) {
    const size = Math.min(lines - written, 1 + Math.floor(random() * 7)) // 1-7 items, mean 4
    const first = popular()
    const theme = Math.floor(first / themeSize) * themeSize
    const basket = new Set([first])
    while (basket.size < size) {
      // mostly from the first product's theme, else anything popular
      basket.add(random() < 0.7 ? Math.min(products - 1, theme + Math.floor(random() * themeSize)) : popular())
    }
    const line = `${[...basket].map((index) => titles[index]).join(",")}\n`
    if (!out.write(line)) await new Promise((resolve) => out.once("drain", resolve))
    written += basket.size
    orders += 1
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())))
  return { orders, lines: written, titles }
}
