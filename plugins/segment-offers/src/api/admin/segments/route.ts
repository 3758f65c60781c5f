import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEGMENT_OFFERS_MODULE } from "../../../modules/segment-offers"
import type { Rule } from "../../../modules/segment-offers/lib/rules"
import type SegmentOffersModuleService from "../../../modules/segment-offers/service"
import { createSegmentWorkflow } from "../../../workflows/create-segment"
import type { GetListType } from "../../shared-validators"
import type { PostSegmentType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, GetListType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const service = req.scope.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  const [segments, count] = await service.listAndCountSegments(
    {},
    { take: limit, skip: offset, order: { created_at: "ASC" } }
  )
  res.json({ segments, count, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<PostSegmentType>, res: MedusaResponse) {
  const { result } = await createSegmentWorkflow(req.scope).run({
    input: { ...req.validatedBody, rule: req.validatedBody.rule as Rule },
  })
  res.status(201).json({ segment: result })
}
