import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import NodeCache from "node-cache"
import { associateVisitorCartWorkflow } from "../../workflows/visitor/associate-visitor-cart"
import { registeredCustomerCarts } from "./registered-carts"
import { visitorIdFromHeader } from "./visitor-id"

/**
 * Carts that already have a visitor, seen in this process. Only an optimisation: the first association is
 * final in the database, so another instance (or an expired entry) merely repeats a no-op.
 */
const associated = new NodeCache({ stdTTL: 3600, checkperiod: 600, maxKeys: 50_000, useClones: false })

/**
 * Remembers which visitor uses a cart, from a store request that changes the cart (`POST`/`DELETE
 * /store/carts/:id[/...]`) and carries `x-touchpoints-visitor`, so a guest's order placed from it counts into
 * that visitor's profile.
 *
 * The rule: the visitor header is only a client claim, but a cart id is a bearer secret in Medusa (whoever holds
 * it can change and complete the cart). So a caller may associate a cart it holds with the visitor id it sends,
 * once: the first association of a cart wins and is never moved, so a later caller who learned the id cannot
 * take over another visitor's cart or its order. Only an existing cart that is not completed yet is associated,
 * and the visitor module ignores an association recorded after the order was placed, so naming a finished
 * cart later attributes nothing. GETs never associate (no GET changes state). A failure never fails the
 * shopper's request: it is logged, and the next cart request tries again.
 */
/**
 * The same for a cart being created (`POST /store/carts` with `x-touchpoints-visitor`): the new cart's id is
 * known only from the answer, so the association is recorded just before that answer leaves. The creator is the
 * first to hold the id, so nobody can claim the cart before its shopper does.
 */
export function associateVisitorCartOnCartCreate(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const visitorId = visitorIdFromHeader(req)
  if (!visitorId) return next()
  const send = res.json.bind(res)
  res.json = (body: unknown) => {
    const cartId = (body as { cart?: { id?: unknown } } | undefined)?.cart?.id
    if (res.statusCode >= 300 || typeof cartId !== "string") return send(body)
    associateUnlessRegistered(req, cartId, visitorId)
      .then(() => rememberAssociated(cartId))
      .catch((error: Error) => warnAssociationFailed(req, cartId, error))
      .finally(() => send(body))
    return res
  }
  return next()
}

export async function associateVisitorCartOnCartRequest(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const visitorId = visitorIdFromHeader(req)
  const cartId = typeof req.params?.id === "string" ? req.params.id : null
  if (!visitorId || !cartId || associated.has(cartId)) {
    return next()
  }
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: cartId } })
    if (data[0] && !data[0].completed_at) {
      await associateUnlessRegistered(req, cartId, visitorId)
      rememberAssociated(cartId)
    }
  } catch (error) {
    warnAssociationFailed(req, cartId, error as Error)
  }
  return next()
}

/** Associates the cart with the visitor, unless it is a registered customer's (theirs alone). */
async function associateUnlessRegistered(req: MedusaRequest, cartId: string, visitorId: string): Promise<void> {
  if ((await registeredCustomerCarts(req.scope, [cartId])).has(cartId)) return
  await associateVisitorCartWorkflow(req.scope).run({ input: { cart_id: cartId, visitor_id: visitorId } })
}

function rememberAssociated(cartId: string): void {
  try {
    associated.set(cartId, true)
  } catch {
    associated.flushAll() // maxKeys reached: start over rather than grow
  }
}

function warnAssociationFailed(req: MedusaRequest, cartId: string, error: Error): void {
  req.scope
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`touchpoints: associating cart ${cartId} with its visitor failed, will retry: ${error.message}`)
}
