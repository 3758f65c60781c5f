/**
 * Per-widget entry for product pages and product grids: the runtime plus `<tp-wishlist-button>` (and
 * `<tp-config>`), registered on import. `import "@touchpoints/widgets/wishlist-button"`.
 */
import "./wishlist-button/define.js"

export { TpConfigElement } from "./config/config.element.js"
export * from "./runtime/index.js"
export * from "./runtime/wishlist.js"
export { TpWishlistButtonElement } from "./wishlist-button/wishlist-button.element.js"
