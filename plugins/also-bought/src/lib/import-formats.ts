/**
 * Readers for order histories exported by other platforms, one line at a time:
 * - `baskets`: one order per line, the product titles separated by commas (e.g. the Groceries data set).
 * - `long`: CSV with a header; one row per order line; columns for the order id and the product title
 *   (default names `Transaction` and `Item`, as in BreadBasket_DMS.csv). Rows of one order may be apart.
 */
export type ImportFormat = "baskets" | "long"

/** Splits one CSV line into fields (quotes with "" escapes; commas inside quotes stay). */
export function csvFields(line: string): string[] {
  const fields: string[] = []
  let field = ""
  let quoted = false
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ",") {
      fields.push(field)
      field = ""
    } else field += char
  }
  fields.push(field)
  return fields.map((value) => value.trim())
}

/** The titles of one `baskets` line (empty titles dropped). */
export function basketTitles(line: string): string[] {
  return csvFields(line).filter(Boolean)
}

/** Collects `long` rows into baskets by order id. */
export class LongFormatReader {
  readonly baskets = new Map<string, string[]>()
  #orderColumn = -1
  #itemColumn = -1

  constructor(
    readonly columns: { order: string; item: string } = { order: "Transaction", item: "Item" },
    /** Titles that mean "no product" in some exports (BreadBasket has NONE). */
    readonly ignoredTitles: ReadonlySet<string> = new Set(["NONE"])
  ) {}

  /** Feeds one line; the first is the header. Returns false for a row it could not read. */
  add(line: string): boolean {
    if (!line.trim()) return true
    const fields = csvFields(line)
    if (this.#orderColumn < 0) {
      this.#orderColumn = fields.findIndex((name) => name.toLowerCase() === this.columns.order.toLowerCase())
      this.#itemColumn = fields.findIndex((name) => name.toLowerCase() === this.columns.item.toLowerCase())
      if (this.#orderColumn < 0 || this.#itemColumn < 0) {
        throw new Error(`long format: the header needs columns "${this.columns.order}" and "${this.columns.item}"`)
      }
      return true
    }
    const order = fields[this.#orderColumn]
    const title = fields[this.#itemColumn]
    if (!order || !title) return false
    if (this.ignoredTitles.has(title)) return true
    const basket = this.baskets.get(order)
    if (basket) basket.push(title)
    else this.baskets.set(order, [title])
    return true
  }
}
