import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SEGMENT_OFFERS_MODULE } from "../../../../modules/segment-offers"
import type { Rule } from "../../../../modules/segment-offers/lib/rules"
import type SegmentOffersModuleService from "../../../../modules/segment-offers/service"
import { deleteSegmentWorkflow } from "../../../../workflows/delete-segment"
import { updateSegmentWorkflow } from "../../../../workflows/update-segment"
import type { PostSegmentUpdateType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  const [segment] = await service.listSegments({ id: req.params.id })
  if (!segment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Segment ${req.params.id} was not found`)
  }
  res.json({ segment })
}

export async function POST(req: AuthenticatedMedusaRequest<PostSegmentUpdateType>, res: MedusaResponse) {
  const { rule, ...fields } = req.validatedBody
  const { result } = await updateSegmentWorkflow(req.scope).run({
    input: { id: req.params.id, update: { ...fields, ...(rule !== undefined && { rule: rule as Rule }) } },
  })
  res.json({ segment: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteSegmentWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "segment", deleted: true })
}
