/**
 * Per-widget entry for the page an abandoned-cart reminder links to: the runtime plus `<tp-cart-recovery>` (and
 * `<tp-config>`), registered on import. `import "@touchpoints/widgets/cart-recovery"`.
 */
import "./cart-recovery/define.js"

export { TpCartRecoveryElement } from "./cart-recovery/cart-recovery.element.js"
export { TpConfigElement } from "./config/config.element.js"
export * from "./runtime/cart-recovery.js"
export * from "./runtime/index.js"
