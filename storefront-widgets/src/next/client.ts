/**
 * `@touchpoints/widgets/next/client`: the client components for Next.js storefronts (the file is marked
 * "use client" when built).
 */
export { TouchpointsCartBridge, type TouchpointsCartBridgeProps } from "./cart-bridge.js"
export { TouchpointsPageViews, TouchpointsTrack } from "./tracking.js"
export { TouchpointsWidgets, type TouchpointsWidgetsProps } from "./widgets-loader.js"
