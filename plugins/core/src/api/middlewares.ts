import { defineMiddlewares } from "@medusajs/framework/http"
import { storeTouchpointsMiddlewares } from "./store/touchpoints/middlewares"

export default defineMiddlewares({
  routes: [...storeTouchpointsMiddlewares],
})
