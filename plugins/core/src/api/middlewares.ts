import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBrandsMiddlewares } from "./admin/brands/middlewares"
import { adminTouchpointsConsentMiddlewares } from "./admin/touchpoints/consent/middlewares"
import { adminTouchpointsEmailMiddlewares } from "./admin/touchpoints/email/middlewares"
import { adminTouchpointsPersonalDataMiddlewares } from "./admin/touchpoints/personal-data/middlewares"
import { adminTouchpointsVisitorsMiddlewares } from "./admin/touchpoints/visitors/middlewares"
import { storeCartVisitorMiddlewares } from "./store/carts/middlewares"
import { storeTouchpointsConsentMiddlewares } from "./store/touchpoints/consent/middlewares"
import { storeTouchpointsEmailConsentMiddlewares } from "./store/touchpoints/email-consent/middlewares"
import { storeTouchpointsEventsMiddlewares } from "./store/touchpoints/events/middlewares"
import { storeTouchpointsPersonalDataMiddlewares } from "./store/touchpoints/personal-data/middlewares"
import { storeTouchpointsVisitorMiddlewares } from "./store/touchpoints/visitor/middlewares"
import { touchpointsConsentConfirmMiddlewares } from "./touchpoints/consent/confirm/middlewares"
import { touchpointsUnsubscribeMiddlewares } from "./touchpoints/unsubscribe/middlewares"
import { linkVisitorOnAuthenticatedRequest } from "./utils/link-visitor-middleware"
import { refuseControlCharacters } from "./utils/refuse-control-characters"

// Collects each resource's middlewares (api/<store|admin>/<resource>/middlewares.ts), after the two that apply
// to many routes.
export default defineMiddlewares({
  routes: [
    // every route of the app, Medusa's own too: a global middleware runs before any route's validators
    { matcher: "*", middlewares: [refuseControlCharacters] },
    // Any authenticated store request that still carries a visitor id links it to the customer
    // (Medusa has no login event).
    { matcher: "/store/*", middlewares: [linkVisitorOnAuthenticatedRequest] },
    ...storeTouchpointsEventsMiddlewares,
    ...storeTouchpointsConsentMiddlewares,
    ...storeTouchpointsVisitorMiddlewares,
    ...storeTouchpointsEmailConsentMiddlewares,
    ...storeTouchpointsPersonalDataMiddlewares,
    ...storeCartVisitorMiddlewares,
    ...adminBrandsMiddlewares,
    ...adminTouchpointsVisitorsMiddlewares,
    ...adminTouchpointsEmailMiddlewares,
    ...adminTouchpointsConsentMiddlewares,
    ...adminTouchpointsPersonalDataMiddlewares,
    ...touchpointsUnsubscribeMiddlewares,
    ...touchpointsConsentConfirmMiddlewares,
  ],
})
