import "../config/define.js"
import { defineElement } from "../runtime/define.js"
import { TpCartRecoveryElement } from "./cart-recovery.element.js"

/** Side effect: registers `<tp-cart-recovery>` (and `<tp-config>`); skipped on the server and for taken tags. */
defineElement(TpCartRecoveryElement.tag, TpCartRecoveryElement)
