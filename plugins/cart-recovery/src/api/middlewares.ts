import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCartRecoveryMiddlewares } from "./admin/cart-recovery/middlewares"
import { storeCartRecoveryMiddlewares } from "./store/cart-recovery/middlewares"

/** Only collects the resources' middlewares (each resource keeps its own next to its routes). */
export default defineMiddlewares({
  routes: [...storeCartRecoveryMiddlewares, ...adminCartRecoveryMiddlewares],
})
