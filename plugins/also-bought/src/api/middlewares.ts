import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@touchpoints/core/api/utils/validate"
import { EmptyBody } from "./admin/also-bought/validators"
import { GetAlsoBought } from "./store/products/validators"

export default defineMiddlewares({
  routes: [
    { methods: ["GET"], matcher: "/store/products/:id/also-bought", middlewares: [validateQuery(GetAlsoBought)] },
    { methods: ["POST"], matcher: "/admin/also-bought/rebuild", middlewares: [validateBody(EmptyBody)] },
  ],
})
