import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBrandsMiddlewares } from "./admin/brands/middlewares"
import { adminTouchpointsMiddlewares } from "./admin/touchpoints/middlewares"
import { storeCartVisitorMiddlewares } from "./store/touchpoints/carts-middlewares"
import { storeTouchpointsMiddlewares } from "./store/touchpoints/middlewares"
import { touchpointsMiddlewares } from "./touchpoints/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeTouchpointsMiddlewares,
    ...storeCartVisitorMiddlewares,
    ...adminBrandsMiddlewares,
    ...adminTouchpointsMiddlewares,
    ...touchpointsMiddlewares,
  ],
})
