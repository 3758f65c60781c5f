import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { medusaDbOf } from "../../../lib/shopper-sources"
import { SEGMENT_OFFERS_MODULE } from "../../../modules/segment-offers"
import type SegmentOffersModuleService from "../../../modules/segment-offers/service"
import { createOfferWorkflow } from "../../../workflows/create-offer"
import type { GetListType } from "../../shared-validators"
import { withPromotionState } from "./offer-admin-view"
import type { PostOfferType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, GetListType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const service = req.scope.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  const [offers, count] = await service.listAndCountOffers(
    {},
    { take: limit, skip: offset, order: { priority: "DESC", id: "ASC" } }
  )
  res.json({ offers: await withPromotionState(medusaDbOf(req.scope), offers), count, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<PostOfferType>, res: MedusaResponse) {
  const { promotion, ...offer } = req.validatedBody
  const { result } = await createOfferWorkflow(req.scope).run({ input: { offer, promotion } })
  const service = req.scope.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  const [view] = await withPromotionState(medusaDbOf(req.scope), await service.listOffers({ id: result.id }))
  res.status(201).json({ offer: view })
}
