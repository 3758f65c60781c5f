import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { previewRule } from "../../../../../lib/preview"
import { shopperSourcesOf } from "../../../../../lib/shopper-sources"
import { SEGMENT_OFFERS_MODULE } from "../../../../../modules/segment-offers"
import type { Rule } from "../../../../../modules/segment-offers/lib/rules"
import type SegmentOffersModuleService from "../../../../../modules/segment-offers/service"
import type { GetSegmentPreviewType } from "../../validators"

/** How many profiles the segment holds now, with a sample and the reasons each is in. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetSegmentPreviewType>, res: MedusaResponse) {
  const service = req.scope.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  const [segment] = await service.listSegments({ id: req.params.id }, { select: ["id", "rule"] })
  if (!segment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Segment ${req.params.id} was not found`)
  }
  const preview = await previewRule(
    shopperSourcesOf(req.scope),
    segment.rule as unknown as Rule,
    req.validatedQuery.sample ?? 10
  )
  res.json({ segment_id: segment.id, ...preview })
}
