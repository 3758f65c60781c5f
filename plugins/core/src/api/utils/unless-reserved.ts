import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

/**
 * Runs an `.../:id` middleware except for the static routes that share its shape (`/store/wishlists/merge`,
 * `/admin/offers/stats`): Medusa runs every matching middleware, not just the route's own.
 */
export function unlessReserved(middleware: Middleware, reserved: readonly string[]): Middleware {
  return (req, res, next) => (reserved.includes(req.params.id) ? next() : middleware(req, res, next))
}
