import { createReadStream, statSync } from "node:fs"
import { createInterface } from "node:readline"
import { basketTitles, type ImportFormat, LongFormatReader } from "./import-formats"
import { titleKey } from "./title-key"

export type OrderHistory = {
  /** Distinct titles (case and spacing ignored), as first spelled in the file. */
  titles: string[]
  baskets: { key: string; titles: number[] }[]
  lines: number
  unreadableLines: number
}

export type ReadProgress = (done: { bytes: number; totalBytes: number; lines: number }) => void

/**
 * Streams an order-history export into baskets of title indices (titles deduplicated, so a million lines
 * hold each title once). `baskets`: the order key is the line number; `long`: the order id column.
 */
export async function readOrderHistory(
  file: string,
  format: ImportFormat,
  options: { columns?: { order: string; item: string }; onProgress?: ReadProgress } = {}
): Promise<OrderHistory> {
  const totalBytes = statSync(file).size
  const titleIndex = new Map<string, number>()
  const titles: string[] = []
  const indexOf = (title: string) => {
    const key = titleKey(title)
    let index = titleIndex.get(key)
    if (index === undefined) {
      index = titles.length
      titles.push(title)
      titleIndex.set(key, index)
    }
    return index
  }
  const stream = createReadStream(file, { encoding: "utf8" })
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })
  const baskets: OrderHistory["baskets"] = []
  const long = format === "long" ? new LongFormatReader(options.columns) : null
  let lineCount = 0
  let unreadableLines = 0
  for await (const line of lines) {
    lineCount += 1
    if (long) {
      if (!long.add(line)) unreadableLines += 1
    } else {
      const basket = basketTitles(line)
      if (basket.length) baskets.push({ key: String(lineCount), titles: basket.map(indexOf) })
    }
    if (lineCount % 10_000 === 0) options.onProgress?.({ bytes: stream.bytesRead, totalBytes, lines: lineCount })
  }
  options.onProgress?.({ bytes: totalBytes, totalBytes, lines: lineCount })
  if (long) {
    for (const [key, basket] of long.baskets) baskets.push({ key, titles: basket.map(indexOf) })
  }
  return { titles, baskets, lines: lineCount, unreadableLines }
}
