import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ALSO_BOUGHT_MODULE } from "../../../modules/also-bought"
import type AlsoBoughtModuleService from "../../../modules/also-bought/service"
import type { CurationAction } from "../../../modules/also-bought/service"
import { curateAlsoBoughtCompanionWorkflow } from "../../../workflows/curate-companion"

/** Answers the product's pins and blocks after a change (the shape GET /admin/also-bought/:id uses). */
async function curationsResponse(req: MedusaRequest, res: MedusaResponse, status: number) {
  const rows = await req.scope.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE).curationsFor(req.params.product_id)
  const view = (action: CurationAction) =>
    rows
      .filter((row) => row.action === action)
      .map((row) => ({ companion_id: row.companion_id, position: row.position, created_at: row.created_at }))
  res.status(status).json({ product_id: req.params.product_id, pins: view("pin"), blocks: view("block") })
}

/** POST .../pins and .../blocks: pin or block a companion (replacing an earlier decision about it); the workflow flushes the cache. */
export async function addCuration(
  req: MedusaRequest<{ companion_id: string; position?: number }>,
  res: MedusaResponse,
  action: CurationAction
) {
  await curateAlsoBoughtCompanionWorkflow(req.scope).run({
    input: { product_id: req.params.product_id, ...req.validatedBody, action },
  })
  await curationsResponse(req, res, 200)
}

/** DELETE .../pins/:companion_id and .../blocks/:companion_id. */
export async function removeCuration(req: MedusaRequest, res: MedusaResponse, expected: CurationAction) {
  await curateAlsoBoughtCompanionWorkflow(req.scope).run({
    input: {
      product_id: req.params.product_id,
      companion_id: req.params.companion_id,
      action: "remove",
      expected,
    },
  })
  await curationsResponse(req, res, 200)
}
