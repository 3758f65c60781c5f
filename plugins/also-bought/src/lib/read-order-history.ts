import { createReadStream, statSync } from "node:fs"
import { createInterface } from "node:readline"
import { basketTitles, type ImportFormat, LongFormatReader } from "./import-formats"
import { titleKey } from "./title-key"

export type ReadProgress = (done: { bytes: number; totalBytes: number; lines: number }) => void

export type ReadOptions = { columns?: { order: string; item: string }; onProgress?: ReadProgress }

/** What reading a file found, filled in while its baskets are read. */
export type ReadCounts = { lines: number; unreadableLines: number }

/**
 * The orders of an export one at a time: `baskets` streams (the order key is the line number, constant memory);
 * `long` collects its rows by the order id column first (rows of one order may be anywhere in the file).
 */
export async function* orderBaskets(
  file: string,
  format: ImportFormat,
  options: ReadOptions = {},
  counts: ReadCounts = { lines: 0, unreadableLines: 0 }
): AsyncGenerator<{ key: string; titles: string[] }> {
  const totalBytes = statSync(file).size
  const stream = createReadStream(file, { encoding: "utf8" })
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })
  const long = format === "long" ? new LongFormatReader(options.columns) : null
  for await (const line of lines) {
    counts.lines += 1
    if (counts.lines % 10_000 === 0) {
      options.onProgress?.({ bytes: stream.bytesRead, totalBytes, lines: counts.lines })
    }
    if (long) {
      if (!long.add(line)) counts.unreadableLines += 1
      continue
    }
    const titles = basketTitles(line)
    if (titles.length) yield { key: String(counts.lines), titles }
  }
  options.onProgress?.({ bytes: totalBytes, totalBytes, lines: counts.lines })
  if (long) for (const [key, titles] of long.baskets) yield { key, titles }
}

export type TitleScan = ReadCounts & {
  /** Distinct titles (case and spacing ignored), as first spelled in the file. */
  titles: string[]
  orders: number
  orderLines: number
}

/** Reads an export once for its distinct titles and its size (the baskets themselves are not kept). */
export async function scanTitles(file: string, format: ImportFormat, options: ReadOptions = {}): Promise<TitleScan> {
  const seen = new Map<string, string>()
  const counts: ReadCounts = { lines: 0, unreadableLines: 0 }
  let orders = 0
  let orderLines = 0
  for await (const basket of orderBaskets(file, format, options, counts)) {
    orders += 1
    orderLines += basket.titles.length
    for (const title of basket.titles) {
      const key = titleKey(title)
      if (!seen.has(key)) seen.set(key, title)
    }
  }
  return { ...counts, titles: [...seen.values()], orders, orderLines }
}
