import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@touchpoints/core/api"
import { GetAudit, GetPreview, GetReplacements, PostCurations, PostGroupSettings, PostReplacement } from "./validators"

/** /admin/next-steps/...: settings, replacements, curations, audit and preview. */
export const adminNextStepsMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/admin/next-steps/settings", middlewares: [validateBody(PostGroupSettings)] },
  {
    methods: ["POST"],
    matcher: "/admin/next-steps/products/:id/replacement",
    middlewares: [validateBody(PostReplacement)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/next-steps/products/:id/curations",
    middlewares: [validateBody(PostCurations)],
  },
  { methods: ["GET"], matcher: "/admin/next-steps/audit", middlewares: [validateQuery(GetAudit)] },
  { methods: ["GET"], matcher: "/admin/next-steps/replacements", middlewares: [validateQuery(GetReplacements)] },
  {
    methods: ["GET"],
    matcher: "/admin/next-steps/products/:id/preview",
    middlewares: [validateQuery(GetPreview)],
  },
]
