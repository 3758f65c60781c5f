/**
 * Per-widget entry for the survey page a feedback email links to (and the order page): the runtime plus
 * `<tp-feedback-survey>` (and `<tp-config>`), registered on import. `import "@touchpoints/widgets/feedback-survey"`.
 */
import "./feedback-survey/define.js"

export { TpConfigElement } from "./config/config.element.js"
export { TpFeedbackSurveyElement } from "./feedback-survey/feedback-survey.element.js"
export * from "./runtime/feedback.js"
export * from "./runtime/index.js"
