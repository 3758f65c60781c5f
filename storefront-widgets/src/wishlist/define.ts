import "../config/define.js"
import { defineElement } from "../runtime/define.js"
import { TpWishlistElement } from "./wishlist.element.js"

/** Side effect: registers `<tp-wishlist>` (and `<tp-config>`); skipped on the server and for taken tags. */
defineElement(TpWishlistElement.tag, TpWishlistElement)
