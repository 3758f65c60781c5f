/** Every bundle promotion's code starts with this (see workflows/steps/ensure-bundle-promotion.ts): the funnel finds bundle discounts by it. */
export const BUNDLE_CODE_PREFIX = "TP-BUNDLE-"
