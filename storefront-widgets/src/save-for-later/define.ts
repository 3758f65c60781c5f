import "../config/define.js"
import { defineElement } from "../runtime/define.js"
import { TpSaveForLaterElement } from "./save-for-later.element.js"

/** Side effect: registers `<tp-save-for-later>` (and `<tp-config>`); skipped on the server and for taken tags. */
defineElement(TpSaveForLaterElement.tag, TpSaveForLaterElement)
