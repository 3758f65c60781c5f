import "../config/define.js"
import { defineElement } from "../runtime/define.js"
import { TpConsentElement } from "./consent.element.js"

/** Side effect: registers `<tp-consent>` (and `<tp-config>`); skipped on the server and for taken tags. */
defineElement(TpConsentElement.tag, TpConsentElement)
