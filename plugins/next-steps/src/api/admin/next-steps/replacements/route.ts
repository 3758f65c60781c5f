import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeReplacements } from "../../../../lib/replacement-list"
import { NEXT_STEPS_MODULE } from "../../../../modules/next-steps"
import type NextStepsModuleService from "../../../../modules/next-steps/service"
import type { GetReplacementsType } from "../validators"

/**
 * The owner's replacements (`show=replaced`), or every gone product with its replacement or none
 * (`show=gone`, the 410 pages first), each with what its page answers now.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetReplacementsType>, res: MedusaResponse) {
  const { show, limit, offset } = req.validatedQuery
  const { rows, count } = await req.scope
    .resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
    .listReplacements({ show, limit, offset })
  res.json({ replacements: await describeReplacements(req.scope, rows), count, offset, limit })
}
