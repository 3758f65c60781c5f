import "../config/define.js"
import { defineElement } from "../runtime/define.js"
import { TpWishlistButtonElement } from "./wishlist-button.element.js"

/** Side effect: registers `<tp-wishlist-button>` (and `<tp-config>`); skipped on the server and for taken tags. */
defineElement(TpWishlistButtonElement.tag, TpWishlistButtonElement)
