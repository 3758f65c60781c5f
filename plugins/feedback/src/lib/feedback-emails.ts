import { dirname, join } from "node:path"
import type { SurveyProductRow } from "../modules/feedback/lib/types"

/** The plugin's shipped email templates (an owner's `templatesDir` overrides them). */
export const FEEDBACK_TEMPLATES = join(dirname(require.resolve("@touchpoints/feedback/package.json")), "templates")

/** The survey is marketing (consent, frequency cap, unsubscribe); alerts and thank-yous answer an action. */
export const FEEDBACK_FLOW = "feedback"
export const FEEDBACK_ALERT_FLOW = "feedback-alert"
export const FEEDBACK_THANKS_FLOW = "feedback-thanks"

/**
 * A score link (GET /touchpoints/feedback/:token/:score): a page that records `score` with a POST, never the GET
 * itself (mail scanners open every link), then lands on the survey page.
 */
export function scoreLink(publicUrl: string, token: string, score: number): string {
  return `${publicUrl.replace(/\/$/, "")}/touchpoints/feedback/${encodeURIComponent(token)}/${score}`
}

export function surveyPageUrl(surveyUrl: string, token: string): string {
  return surveyUrl.replace("{token}", encodeURIComponent(token))
}

/** The data the feedback-survey template renders (checked against templates/feedback-survey/schema.json). */
export function surveyEmailData(input: {
  publicUrl: string
  surveyUrl: string
  token: string
  orderDisplayId: number | null
  products: Omit<SurveyProductRow, "survey_id">[]
}) {
  return {
    order_display_id: input.orderDisplayId,
    items: input.products.map((product) => ({ title: product.title, thumbnail: product.thumbnail })),
    scores: Array.from({ length: 11 }, (_, score) => ({ score, url: scoreLink(input.publicUrl, input.token, score) })),
    survey_url: surveyPageUrl(input.surveyUrl, input.token),
  }
}

/** A product's review page from `reviewUrl` (`{product_handle}` / `{product_id}`), or null without one. */
export function reviewLink(reviewUrl: string | null, product: SurveyProductRow): string | null {
  if (!reviewUrl) return null
  if (reviewUrl.includes("{product_handle}") && !product.handle) return null
  if (reviewUrl.includes("{product_id}") && !product.product_id) return null
  return reviewUrl
    .replace("{product_handle}", encodeURIComponent(product.handle ?? ""))
    .replace("{product_id}", encodeURIComponent(product.product_id ?? ""))
}
