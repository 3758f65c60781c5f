import type { MiddlewareRoute } from "@medusajs/framework/http"
import { unlessReserved, validateBody, validateQuery } from "@touchpoints/core/api"
import { EmptyBody, GetAdminRules, GetAlsoBoughtStats, PostBlock, PostPin } from "./validators"

/** /admin/also-bought/...: rebuild, stats, a product's rules, pins and blocks. */
export const adminAlsoBoughtMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/admin/also-bought/rebuild", middlewares: [validateBody(EmptyBody)] },
  { methods: ["GET"], matcher: "/admin/also-bought/stats", middlewares: [validateQuery(GetAlsoBoughtStats)] },
  {
    methods: ["GET"],
    matcher: "/admin/also-bought/:product_id",
    middlewares: [unlessReserved(validateQuery(GetAdminRules), ["stats"])],
  },
  { methods: ["POST"], matcher: "/admin/also-bought/:product_id/pins", middlewares: [validateBody(PostPin)] },
  { methods: ["POST"], matcher: "/admin/also-bought/:product_id/blocks", middlewares: [validateBody(PostBlock)] },
]
