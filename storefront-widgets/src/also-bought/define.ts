import "../config/define.js"
import { defineElement } from "../runtime/define.js"
import { TpAlsoBoughtElement } from "./also-bought.element.js"

/** Side effect: registers `<tp-also-bought>` (and `<tp-config>`); skipped on the server and for taken tags. */
defineElement(TpAlsoBoughtElement.tag, TpAlsoBoughtElement)
