import { defineMiddlewares } from "@medusajs/framework/http"
import { validateQuery } from "@touchpoints/core/api/utils/validate"
import { GetNextSteps } from "./store/validators"

export default defineMiddlewares({
  routes: [{ methods: ["GET"], matcher: "/store/products/:id/next-steps", middlewares: [validateQuery(GetNextSteps)] }],
})
