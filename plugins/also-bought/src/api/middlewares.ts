import { defineMiddlewares } from "@medusajs/framework/http"
import { adminAlsoBoughtMiddlewares } from "./admin/also-bought/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"

// Only collects each resource's middlewares (validators live next to their routes).
export default defineMiddlewares({
  routes: [...storeProductsMiddlewares, ...storeCartsMiddlewares, ...adminAlsoBoughtMiddlewares],
})
