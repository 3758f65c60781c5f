import type { MedusaResponse } from "@medusajs/framework/http"
import { csvField } from "../../../lib/csv-field"
import type { ResponsesCursor } from "../../../modules/feedback/repositories/report"
import type FeedbackModuleService from "../../../modules/feedback/service"

const PAGE = 5000
const COLUMNS = [
  "answered_at",
  "order_id",
  "order_display_id",
  "customer_id",
  "email",
  "channel",
  "nps_score",
  "band",
  "ces_score",
  "comment",
  "product_ids",
  "products",
] as const

/** Streams every response in scope as CSV (one row per response, products joined with " | "), page by page. */
export async function sendResponsesCsv(
  res: MedusaResponse,
  feedback: FeedbackModuleService,
  scope: Omit<Parameters<FeedbackModuleService["responses"]>[0], "limit" | "offset">
) {
  res.status(200).set({
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="feedback-${scope.from.toISOString().slice(0, 10)}-${scope.to.toISOString().slice(0, 10)}.csv"`,
    "Cache-Control": "no-store",
  })
  res.write(`${COLUMNS.join(",")}\r\n`)
  let after: ResponsesCursor | undefined
  for (;;) {
    // keyset pages: each one starts where the last ended, so the export stays linear in the responses
    const { responses, next } = await feedback.responses({ ...scope, limit: PAGE, offset: 0, after, count: false })
    const lines = responses.map((response) =>
      [
        response.first_answered_at,
        response.order_id,
        response.order_display_id,
        response.customer_id,
        response.email,
        response.channel,
        response.nps_score,
        response.band,
        response.ces_score,
        response.comment,
        response.products.map((product) => product.product_id ?? "").join(" | "),
        response.products.map((product) => product.title).join(" | "),
      ]
        .map(csvField)
        .join(",")
    )
    if (lines.length) res.write(`${lines.join("\r\n")}\r\n`)
    if (responses.length < PAGE || !next) break
    after = next
  }
  res.end()
}
