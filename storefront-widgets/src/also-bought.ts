/**
 * Per-widget entry for product and cart pages: the runtime plus `<tp-also-bought>` and `<tp-bundle>` (and
 * `<tp-config>`), registered on import. `import "@touchpoints/widgets/also-bought"`.
 */
import "./also-bought/define.js"
import "./bundle/define.js"

export { TpAlsoBoughtElement } from "./also-bought/also-bought.element.js"
export { TpBundleElement } from "./bundle/bundle.element.js"
export { TpConfigElement } from "./config/config.element.js"
export * from "./runtime/index.js"
export * from "./runtime/recommendations.js"
