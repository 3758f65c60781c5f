import type { SurveyRow } from "../modules/feedback/lib/types"

/**
 * Why some answers wait. Corporate mail scanners (Safe Links, Mimecast, Proofpoint) open every link of an email;
 * some run the page's scripts in a headless browser. So no GET records anything: a score link opens a page that
 * records the score with a POST, by itself (`how: "automatic"`) when the page is visible and not driven by
 * automation, or when the person presses its button (`how: "button"`). A pressed button is a person: it counts
 * at once. An automatic answer waits until `scannerBurstSeconds` pass without another one; two different
 * automatic scores in that time are a scanner opening every link, and the whole burst is dropped. Follow-ups
 * (alerts, thank-yous) and the report only ever see settled answers.
 */

/** The automatic score still waiting for its burst to end (null when none, or discarded). */
export function pendingScore(survey: SurveyRow): number | null {
  return survey.auto_score !== null && !survey.auto_discarded ? survey.auto_score : null
}
