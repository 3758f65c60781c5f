import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { medusaDbOf } from "../../../../lib/shopper-sources"
import { SEGMENT_OFFERS_MODULE } from "../../../../modules/segment-offers"
import type SegmentOffersModuleService from "../../../../modules/segment-offers/service"
import { deleteOfferWorkflow } from "../../../../workflows/delete-offer"
import { updateOfferWorkflow } from "../../../../workflows/update-offer"
import { withPromotionState } from "../offer-admin-view"
import type { PostOfferUpdateType } from "../validators"

async function viewOf(scope: MedusaContainer, id: string) {
  const service = scope.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  const [offer] = await withPromotionState(medusaDbOf(scope), await service.listOffers({ id }))
  if (!offer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Offer ${id} was not found`)
  }
  return offer
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ offer: await viewOf(req.scope, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<PostOfferUpdateType>, res: MedusaResponse) {
  await updateOfferWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ offer: await viewOf(req.scope, req.params.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteOfferWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "offer", deleted: true })
}
