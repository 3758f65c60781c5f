import type { MiddlewareRoute } from "@medusajs/framework/http"
import { unlessReserved, validateBody, validateQuery } from "@touchpoints/core/api"
import { EmptyBody, EmptyQuery, GetList } from "../../shared-validators"
import { GetSegmentPreview, PostSegment, PostSegmentPreview, PostSegmentUpdate } from "./validators"

/** Static routes that share the shape of `/admin/segments/:id`. */
const SEGMENT_ROUTES = ["fields", "preview", "sync"]

export const adminSegmentsMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/segments", middlewares: [validateQuery(GetList)] },
  { methods: ["POST"], matcher: "/admin/segments", middlewares: [validateBody(PostSegment)] },
  { methods: ["GET"], matcher: "/admin/segments/fields", middlewares: [validateQuery(EmptyQuery)] },
  { methods: ["POST"], matcher: "/admin/segments/preview", middlewares: [validateBody(PostSegmentPreview)] },
  { methods: ["POST"], matcher: "/admin/segments/sync", middlewares: [validateBody(EmptyBody)] },
  {
    methods: ["GET"],
    matcher: "/admin/segments/:id",
    middlewares: [unlessReserved(validateQuery(EmptyQuery), SEGMENT_ROUTES)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/segments/:id",
    middlewares: [unlessReserved(validateBody(PostSegmentUpdate), SEGMENT_ROUTES)],
  },
  { methods: ["GET"], matcher: "/admin/segments/:id/preview", middlewares: [validateQuery(GetSegmentPreview)] },
]
