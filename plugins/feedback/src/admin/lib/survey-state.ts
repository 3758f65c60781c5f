import { formatDateTime } from "./format"
import type { OrderSurvey } from "./types"

/** How an order's survey was offered, in the owner's words. */
export function describeSurveyState(survey: OrderSurvey): string {
  switch (survey.state) {
    case "sending":
      return "Being emailed now"
    case "sent":
      return `Emailed ${formatDateTime(survey.started_at)}`
    case "inline":
      return `Shown on the customer's order page ${formatDateTime(survey.started_at)}`
    case "failed":
      return "The email failed"
    case "skipped":
      return `Not sent: ${survey.skip_reason ?? "skipped"}`
  }
}
