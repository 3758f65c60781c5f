import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "@touchpoints/core/api"
import { EmptyQuery } from "../../shared-validators"

export const adminVisitorsMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/visitors/:id/segments", middlewares: [validateQuery(EmptyQuery)] },
]
