import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

/**
 * Runs a `/store/wishlists/:id` middleware except for the static routes that share its shape
 * (`/store/wishlists/merge`): Medusa runs every matching middleware, not just the route's own.
 */
export function unlessReserved(middleware: Middleware, reserved: readonly string[] = ["merge"]): Middleware {
  return (req, res, next) => (reserved.includes(req.params.id) ? next() : middleware(req, res, next))
}
