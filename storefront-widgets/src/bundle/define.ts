import "../config/define.js"
import { defineElement } from "../runtime/define.js"
import { TpBundleElement } from "./bundle.element.js"

/** Side effect: registers `<tp-bundle>` (and `<tp-config>`); skipped on the server and for taken tags. */
defineElement(TpBundleElement.tag, TpBundleElement)
