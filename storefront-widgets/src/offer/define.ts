import "../config/define.js"
import { defineElement } from "../runtime/define.js"
import { TpOfferElement } from "./offer.element.js"

/** Side effect: registers `<tp-offer>` (and `<tp-config>`); skipped on the server and for taken tags. */
defineElement(TpOfferElement.tag, TpOfferElement)
