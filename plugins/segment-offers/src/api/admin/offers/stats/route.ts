import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEGMENT_OFFERS_MODULE } from "../../../../modules/segment-offers"
import type SegmentOffersModuleService from "../../../../modules/segment-offers/service"
import type { GetOfferStatsType } from "../validators"

const DAY_MS = 86_400_000

/** The offer funnel per offer and segment: shown, clicked, applied, redeemed (default: the last 30 days). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetOfferStatsType>, res: MedusaResponse) {
  const query = req.validatedQuery
  const to = query.to ? new Date(query.to) : new Date()
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * DAY_MS)
  const service = req.scope.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  res.json(await service.offerStats({ from, to, offer_id: query.offer_id, segment_id: query.segment_id }))
}
