import { authenticate, type MiddlewareFunction } from "@medusajs/framework/http"

/** Offers are for guests and customers alike: a customer's session or token is read when present. */
export const maybeCustomer: MiddlewareFunction = authenticate("customer", ["session", "bearer"], {
  allowUnauthenticated: true,
})
