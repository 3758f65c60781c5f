/**
 * Per-widget entry: the runtime plus `<tp-wishlist-button>`, `<tp-save-for-later>` and `<tp-wishlist>` (and
 * `<tp-config>`), all registered on import. `import "@touchpoints/widgets/wishlist"`.
 */
import "./save-for-later/define.js"
import "./wishlist/define.js"
import "./wishlist-button/define.js"

export { TpConfigElement } from "./config/config.element.js"
export * from "./runtime/index.js"
export * from "./runtime/wishlist.js"
export { TpSaveForLaterElement } from "./save-for-later/save-for-later.element.js"
export { TpWishlistElement } from "./wishlist/wishlist.element.js"
export { TpWishlistButtonElement } from "./wishlist-button/wishlist-button.element.js"
