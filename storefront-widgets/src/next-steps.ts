/**
 * Per-widget entry for product and not-found pages: the runtime plus `<tp-next-steps>` (and `<tp-config>`),
 * registered on import. `import "@touchpoints/widgets/next-steps"`.
 */
import "./next-steps/define.js"

export { TpConfigElement } from "./config/config.element.js"
export { TpNextStepsElement } from "./next-steps/next-steps.element.js"
export * from "./runtime/index.js"
export { fetchNextSteps } from "./runtime/recommendations.js"
