import { defineMiddlewares } from "@medusajs/framework/http"
import { serveDemoStorefront } from "./demo/serve-demo"

export default defineMiddlewares({
  routes: [{ methods: ["GET"], matcher: "/demo*", middlewares: [serveDemoStorefront] }],
})
