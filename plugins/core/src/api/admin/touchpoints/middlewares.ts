import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { validateBody } from "../../utils/validate"

export const adminTouchpointsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/touchpoints/visitors/backfill-orders",
    middlewares: [validateBody(z.object({}).strict())],
  },
]
