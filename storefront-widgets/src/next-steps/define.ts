import "../config/define.js"
import { defineElement } from "../runtime/define.js"
import { TpNextStepsElement } from "./next-steps.element.js"

/** Side effect: registers `<tp-next-steps>` (and `<tp-config>`); skipped on the server and for taken tags. */
defineElement(TpNextStepsElement.tag, TpNextStepsElement)
