import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { snapshotBuyableCheck } from "@touchpoints/core/lib"
import { CART_OWNER_FIELDS, isForeignCart } from "../../../../../lib/cart-owner"
import { cachedAnswer } from "../../../../../lib/companion-cache"
import { scoringSummary } from "../../../../../lib/scoring-summary"
import { selectCompanions } from "../../../../../lib/select-companions"
import { ALSO_BOUGHT_MODULE } from "../../../../../modules/also-bought"
import type AlsoBoughtModuleService from "../../../../../modules/also-bought/service"
import { customerIdOf } from "../../customer-of"
import type { GetCartAlsoBoughtType } from "../../validators"

/** More products than this in a cart: the most recently added ones speak for it. */
const MAX_ANCHORS = 20

type CartRecord = {
  id: string
  region_id: string | null
  sales_channel_id: string | null
  completed_at: string | null
  customer_id: string | null
  customer?: { has_account?: boolean | null } | null
  items?: { product_id: string | null; created_at: string }[] | null
}

/**
 * Companions for the whole cart, none already in it: each companion's best rule over the cart's products,
 * the pins of those products first, same-category best sellers when short (store best sellers for an empty
 * cart). Priced in the cart's region, sold in the cart's sales channel. A guest cart's id is the capability, as in
 * Medusa's own store cart routes; a registered customer's cart answers only that customer (else 404).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetCartAlsoBoughtType>, res: MedusaResponse) {
  const { limit } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const statistics = req.scope.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "region_id",
      "sales_channel_id",
      "completed_at",
      ...CART_OWNER_FIELDS,
      "items.product_id",
      "items.created_at",
    ],
    filters: { id: req.params.id },
  })
  const cart = data[0] as unknown as CartRecord | undefined
  if (!cart || isForeignCart(cart, customerIdOf(req)))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${req.params.id} was not found`)
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} is already completed`)

  const inCart = [...(cart.items ?? [])]
    .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))
    .map((item) => item.product_id)
    .filter((id): id is string => !!id)
  const products = [...new Set(inCart)]
  const anchors = products.slice(0, MAX_ANCHORS)
  const key = `cart|${[...products].sort().join(",")}|${cart.region_id ?? ""}|${cart.sales_channel_id ?? ""}|${limit}`
  const companions = await cachedAnswer(key, () =>
    selectCompanions(
      query,
      statistics,
      { anchors, exclude: products, limit, region_id: cart.region_id, sales_channel_id: cart.sales_channel_id },
      snapshotBuyableCheck(req.scope)
    )
  )
  res.json({ cart_id: cart.id, product_ids: products, companions, scoring: scoringSummary(statistics.settings) })
}
