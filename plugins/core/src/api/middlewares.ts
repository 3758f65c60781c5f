import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBrandsMiddlewares } from "./admin/brands/middlewares"
import { adminTouchpointsMiddlewares } from "./admin/touchpoints/middlewares"
import { storeCartVisitorMiddlewares } from "./store/touchpoints/carts-middlewares"
import { storeTouchpointsMiddlewares } from "./store/touchpoints/middlewares"
import { touchpointsMiddlewares } from "./touchpoints/middlewares"
import { refuseControlCharacters } from "./utils/refuse-control-characters"

export default defineMiddlewares({
  routes: [
    // every route of the app, Medusa's own too: a global middleware runs before any route's validators
    { matcher: "*", middlewares: [refuseControlCharacters] },
    ...storeTouchpointsMiddlewares,
    ...storeCartVisitorMiddlewares,
    ...adminBrandsMiddlewares,
    ...adminTouchpointsMiddlewares,
    ...touchpointsMiddlewares,
  ],
})
