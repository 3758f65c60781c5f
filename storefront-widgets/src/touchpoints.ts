/**
 * The bundle: the runtime and every widget, all tags registered, `window.tp` set.
 * `<script type="module" src=".../touchpoints.js"></script>` or `import "@touchpoints/widgets/bundle"`.
 */
import "./also-bought/define.js"
import "./bundle/define.js"
import "./cart-recovery/define.js"
import "./config/define.js"
import "./consent/define.js"
import "./feedback-survey/define.js"
import "./next-steps/define.js"
import "./offer/define.js"
import "./save-for-later/define.js"
import "./wishlist/define.js"
import "./wishlist-button/define.js"
import { tp } from "./runtime/tp.js"

declare global {
  interface Window {
    tp?: typeof tp
  }
}

if (typeof window !== "undefined") window.tp ??= tp

export * from "./index.js"
