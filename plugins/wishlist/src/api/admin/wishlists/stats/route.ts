import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { wishlistService } from "../../../../lib/shopper"
import type { GetWishlistStatsType } from "../validators"

/** Most-saved products and save -> purchase conversion, for the shop owner. */
export async function GET(req: MedusaRequest<unknown, GetWishlistStatsType>, res: MedusaResponse) {
  const { limit, since, product_id } = req.validatedQuery
  const stats = await wishlistService(req).statistics({
    since: since ? new Date(since) : null,
    limit,
    productId: product_id ?? null,
  })
  res.json(stats)
}
