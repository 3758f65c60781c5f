import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validate"
import { GetTouchpointsPersonalData } from "./validators"

export const storeTouchpointsPersonalDataMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/touchpoints/personal-data",
    middlewares: [validateQuery(GetTouchpointsPersonalData)],
  },
]
