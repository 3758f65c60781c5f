import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { previewRule } from "../../../../lib/preview"
import { SEGMENT_OFFERS_MODULE } from "../../../../modules/segment-offers"
import type { Rule } from "../../../../modules/segment-offers/lib/rules"
import type SegmentOffersModuleService from "../../../../modules/segment-offers/service"
import type { PostSegmentPreviewType } from "../../../validators"

/** A rule's member count before it is saved (the rule editor's live count). */
export async function POST(req: AuthenticatedMedusaRequest<PostSegmentPreviewType>, res: MedusaResponse) {
  const service = req.scope.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  res.json(await previewRule(service, req.validatedBody.rule as Rule, req.validatedBody.sample ?? 10))
}
