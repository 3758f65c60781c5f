import { randomUUID } from "node:crypto"
import { existsSync } from "node:fs"
import { basename, extname, resolve } from "node:path"
import { parseArgs } from "node:util"
import type { MedusaContainer } from "@medusajs/framework/types"
import { UsageError } from "@touchpoints/core/lib"
import type { ImportFormat } from "../lib/import-formats"
import { progressBar } from "../lib/progress-bar"
import { scanTitles } from "../lib/read-order-history"
import { importOrderHistoryWorkflow } from "../workflows/import-order-history"

export const IMPORT_ORDERS_USAGE = `usage: npm run touchpoints -- import-orders <file> --format baskets|long [options]

  --format baskets     one order per line, product titles separated by commas (e.g. groceries.csv)
  --format long        CSV with a header, one row per order line (e.g. BreadBasket_DMS.csv)
  --create-products    create a draft product for every title no product has (else those lines are skipped)
  --source <label>     names the import (default: the file name); importing a label's orders twice counts them once
  --order-column <n>   long format: the order id column (default Transaction)
  --item-column <n>    long format: the product title column (default Item)`

type ImportOrdersArgs = {
  file: string
  format: ImportFormat
  createProducts: boolean
  source: string
  columns: { order: string; item: string }
}

export function parseImportOrdersArgs(argv: string[]): ImportOrdersArgs {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const [file, ...extra] = parsed.positionals
  if (!file || extra.length) throw new UsageError("give exactly one file")
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`)
  const path = resolve(file)
  const format = parsed.values.format
  if (format !== "baskets" && format !== "long") throw new UsageError("--format must be baskets or long")
  const source = parsed.values.source ?? basename(file, extname(file))
  if (!/^[A-Za-z0-9._-]{1,60}$/.test(source)) {
    throw new UsageError("--source must be 1-60 letters, digits, dots, dashes or underscores")
  }
  return {
    file: path,
    format,
    createProducts: parsed.values["create-products"] ?? false,
    source,
    columns: { order: parsed.values["order-column"] ?? "Transaction", item: parsed.values["item-column"] ?? "Item" },
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string" },
      "create-products": { type: "boolean" },
      source: { type: "string" },
      "order-column": { type: "string" },
      "item-column": { type: "string" },
    },
  })
}

const number = (value: number) => value.toLocaleString("en-US")

/**
 * `import-orders`: reads an export with a progress bar, counts its baskets like orders through the import
 * workflow, prints a summary and a last line `TOUCHPOINTS_IMPORT {json}`.
 */
export async function importOrdersCommand(container: MedusaContainer, argv: string[]): Promise<void> {
  const args = parseImportOrdersArgs(argv)
  const rssAtStartMb = process.memoryUsage().rss / 2 ** 20
  const started = Date.now()
  const reading = progressBar("reading")
  const scan = await scanTitles(args.file, args.format, {
    columns: args.columns,
    onProgress: ({ bytes, totalBytes, lines }) => reading(bytes, totalBytes, `${number(lines)} lines`),
  })
  const readMs = Date.now() - started
  console.error(`counting ${number(scan.orders)} orders with ${number(scan.titles.length)} titles...`)
  const { result } = await importOrderHistoryWorkflow(container).run({
    input: {
      source: args.source,
      import_run: randomUUID(),
      file: args.file,
      format: args.format,
      columns: args.columns,
      titles: scan.titles,
      create_products: args.createProducts,
    },
  })
  const lines = scan.orderLines
  const summary = {
    file: args.file,
    format: args.format,
    source: args.source,
    lines_read: scan.lines,
    unreadable_lines: scan.unreadableLines,
    orders: scan.orders,
    order_lines: lines,
    titles: scan.titles.length,
    ...result,
    unknown_titles: result.unknown_titles.length,
    unknown_title_examples: result.unknown_titles.slice(0, 10),
    read_ms: readMs,
    total_ms: Date.now() - started,
    lines_per_second: Math.round(lines / ((Date.now() - started) / 1000)),
    rss_at_start_mb: Math.round(rssAtStartMb),
    // maxRSS is in kilobytes: the process's high-water mark, boot included
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  }
  console.log(`
Imported ${args.file} (${args.format}, source "${args.source}") in ${(summary.total_ms / 1000).toFixed(1)} s
  orders in file      ${number(summary.orders)} (${number(lines)} order lines, ${number(summary.unreadable_lines)} unreadable lines)
  titles              ${number(summary.titles)}: ${number(summary.matched_titles)} matched, ${number(summary.created_products)} products created, ${number(summary.unknown_titles)} unknown
  orders counted      ${number(summary.imported_orders)} (${number(summary.duplicate_orders)} imported before, ${number(summary.baskets_without_products)} without a known product)
  speed, memory       ${number(summary.lines_per_second)} order lines/s; RSS ${summary.rss_at_start_mb} MB at start, peak ${summary.peak_rss_mb} MB
  statistics now      ${number(summary.statistics.orders)} orders, ${number(summary.statistics.products)} products, ${number(summary.statistics.pairs)} pairs${
    summary.unknown_titles
      ? `\n  unknown titles      ${summary.unknown_title_examples.join(", ")}${summary.unknown_titles > 10 ? ", ..." : ""}`
      : ""
  }`)
  console.log(`TOUCHPOINTS_IMPORT ${JSON.stringify(summary)}`)
}
