import { defineElement } from "../runtime/define.js"
import { TpConfigElement } from "./config.element.js"

/** Side effect: registers `<tp-config>` (skipped on the server and when the tag is already taken). */
defineElement(TpConfigElement.tag, TpConfigElement)
