import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cachedPage, pageAnswer } from "../../../lib/page-answer"
import { pageStatus } from "../../../lib/page-status"
import { NEXT_STEPS_MODULE } from "../../../modules/next-steps"
import { candidatesOf } from "../../../modules/next-steps/lib/candidates"
import { facetsFromMemory } from "../../../modules/next-steps/lib/memory-facets"
import { productFacets } from "../../../modules/next-steps/lib/product-facets"
import { wordMatches } from "../../../modules/next-steps/lib/word-matches"
import type NextStepsModuleService from "../../../modules/next-steps/service"
import type { GetNextStepsByHandleType } from "./validators"

/**
 * The page for a product handle, whatever became of it. `status` is the HTTP status the storefront should
 * give the page: 200 (the product is live), 301 (gone, and the owner named a replacement: `redirect`), 410 (gone:
 * unpublished, discontinued or deleted; groups built from what the product was) or 404 (never known: groups
 * from the words in the handle). The route itself answers 200, so any client can read the groups.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetNextStepsByHandleType>, res: MedusaResponse) {
  const { handle } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const body = await cachedPage(req, `handle|${handle}`, async (taste) => {
    const live = await productFacets(query, { handle })
    const remembered = live
      ? null
      : await req.scope.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE).memoryOfHandle(handle)
    const product = live ?? (remembered ? facetsFromMemory(remembered) : null)
    if (!product) {
      const words = await wordMatches(query, handle)
      const answer = await pageAnswer(req, unknownProduct(handle), taste, candidatesOf(words, "matching_words"))
      return { status: 404, handle, redirect: null, ...answer }
    }
    const { status, redirect } = await pageStatus(req.scope, product)
    const answer = await pageAnswer(req, product, taste)
    return { status, handle, redirect, ...answer }
  })
  res.json(body)
}

/** The facets of a handle no product ever had: nothing but the handle. */
function unknownProduct(handle: string) {
  return {
    id: "",
    handle,
    title: "",
    status: "unknown",
    discontinued: false,
    category_ids: [],
    parent_category_ids: [],
    type_id: null,
    tag_ids: [],
    collection_id: null,
    brand: null,
  }
}
