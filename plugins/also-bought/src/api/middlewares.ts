import { defineMiddlewares } from "@medusajs/framework/http"
import { validateQuery } from "@touchpoints/core/api/utils/validate"
import { GetAlsoBought } from "./store/products/validators"

export default defineMiddlewares({
  routes: [
    { methods: ["GET"], matcher: "/store/products/:id/also-bought", middlewares: [validateQuery(GetAlsoBought)] },
  ],
})
