import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { visitorSubject } from "../../../utils/rate-limit-subjects"
import { validateBody } from "../../../utils/validate"
import { EVENTS_BODY_LIMIT, PostTouchpointsEvents } from "./validators"

export const storeTouchpointsEventsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/touchpoints/events",
    bodyParser: { sizeLimit: EVENTS_BODY_LIMIT },
    middlewares: [rateLimit("events", { subject: visitorSubject }), validateBody(PostTouchpointsEvents)],
  },
]
