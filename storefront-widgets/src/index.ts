/**
 * `@touchpoints/widgets`: the element classes and the runtime, WITHOUT registering any tag. Safe to import on
 * the server. Register tags with `import "@touchpoints/widgets/bundle"` (all) or a per-widget entry such as
 * `import "@touchpoints/widgets/consent"`, or yourself with `defineElement(TpConsentElement.tag, TpConsentElement)`.
 */
export { TpConfigElement } from "./config/config.element.js"
export { TpConsentElement } from "./consent/consent.element.js"
export * from "./runtime/index.js"
