import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate"
import { GetAdminPersonalData, PostAdminPersonalDataErase } from "./validators"

export const adminTouchpointsPersonalDataMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/touchpoints/personal-data",
    middlewares: [validateQuery(GetAdminPersonalData)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/touchpoints/personal-data/erase",
    middlewares: [validateBody(PostAdminPersonalDataErase)],
  },
]
