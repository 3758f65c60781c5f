import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { wishlistService } from "../../../lib/shopper"
import type { GetWishlistCountsType } from "./validators"

/** How many shoppers hold each variant in a list (social proof; no shopper data). */
export async function GET(req: MedusaRequest<unknown, GetWishlistCountsType>, res: MedusaResponse) {
  const counts = await wishlistService(req).countSavers(req.validatedQuery.variant_id)
  res.json({ counts })
}
