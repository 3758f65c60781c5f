import { defineMiddlewares } from "@medusajs/framework/http"
import { databaseOutageErrorHandler } from "@touchpoints/core/api"
import { serveDemoStorefront } from "./demo/serve-demo"

export default defineMiddlewares({
  // a database restart answers 503 + Retry-After on every route instead of Medusa's 500
  errorHandler: databaseOutageErrorHandler(),
  routes: [{ methods: ["GET"], matcher: "/demo*", middlewares: [serveDemoStorefront] }],
})
