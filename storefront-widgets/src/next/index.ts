/**
 * `@touchpoints/widgets/next`: server helpers for Next.js App Router storefronts. The route handler that passes
 * the widgets' calls to Medusa with the customer's token, and the cart revalidation for the cart bridge's server
 * action. Client components: `@touchpoints/widgets/next/client`; JSX typings: `@touchpoints/widgets/react`.
 */
export { createTouchpointsProxy, type ProxyHandler, type TouchpointsProxyOptions } from "./proxy.js"
export { type RevalidateCartOptions, revalidateMedusaCart } from "./revalidate.js"
export { type ProxyMethod, type StoreRoute, TOUCHPOINTS_STORE_ROUTES } from "./routes.js"
