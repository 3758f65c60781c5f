import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SEGMENT_OFFERS_MODULE } from "../../../../modules/segment-offers"
import type SegmentOffersModuleService from "../../../../modules/segment-offers/service"
import { deleteOfferWorkflow, updateOfferWorkflow } from "../../../../workflows/offers"
import type { PostOfferUpdateType } from "../../../validators"
import { withPromotionState } from "../offer-admin-view"

async function viewOf(service: SegmentOffersModuleService, id: string) {
  const [offer] = await withPromotionState(service, await service.listOffers({ id }))
  if (!offer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Offer ${id} was not found`)
  }
  return offer
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  res.json({ offer: await viewOf(service, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<PostOfferUpdateType>, res: MedusaResponse) {
  await updateOfferWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  const service = req.scope.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  res.json({ offer: await viewOf(service, req.params.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteOfferWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "offer", deleted: true })
}
