import { defineMiddlewares } from "@medusajs/framework/http"
import { adminNextStepsMiddlewares } from "./admin/next-steps/middlewares"
import { storeNextStepsMiddlewares } from "./store/next-steps/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"

// Only collects each resource's middlewares (validators live next to their routes).
export default defineMiddlewares({
  routes: [...storeProductsMiddlewares, ...storeNextStepsMiddlewares, ...adminNextStepsMiddlewares],
})
