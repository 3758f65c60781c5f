import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { previewRule } from "../../../../lib/preview"
import { shopperSourcesOf } from "../../../../lib/shopper-sources"
import type { Rule } from "../../../../modules/segment-offers/lib/rules"
import type { PostSegmentPreviewType } from "../validators"

/** A rule's member count before it is saved (the rule editor's live count). */
export async function POST(req: AuthenticatedMedusaRequest<PostSegmentPreviewType>, res: MedusaResponse) {
  const sources = shopperSourcesOf(req.scope)
  res.json(await previewRule(sources, req.validatedBody.rule as Rule, req.validatedBody.sample ?? 10))
}
