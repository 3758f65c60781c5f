/**
 * Per-widget entry: the runtime plus `<tp-consent>` (and `<tp-config>`), both registered on import.
 * `import "@touchpoints/widgets/consent"`.
 */
import "./consent/define.js"

export { TpConfigElement } from "./config/config.element.js"
export { TpConsentElement } from "./consent/consent.element.js"
export * from "./runtime/index.js"
