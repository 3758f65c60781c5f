import "../config/define.js"
import { defineElement } from "../runtime/define.js"
import { TpFeedbackSurveyElement } from "./feedback-survey.element.js"

/** Side effect: registers `<tp-feedback-survey>` (and `<tp-config>`); skipped on the server and for taken tags. */
defineElement(TpFeedbackSurveyElement.tag, TpFeedbackSurveyElement)
