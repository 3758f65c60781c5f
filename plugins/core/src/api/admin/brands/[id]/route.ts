import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBrandsWorkflow } from "../../../../workflows/brand/delete-brands"
import { updateBrandsWorkflow } from "../../../../workflows/brand/update-brands"
import { refetchBrand } from "../helpers"
import type { AdminUpdateBrandType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const brand = await refetchBrand(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ brand })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBrandType>, res: MedusaResponse) => {
  await refetchBrand(req.params.id, req.scope, ["id"])
  await updateBrandsWorkflow(req.scope).run({
    input: { selector: { id: req.params.id }, update: req.validatedBody },
  })
  const brand = await refetchBrand(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ brand })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id } = req.params
  await refetchBrand(id, req.scope, ["id"])
  await deleteBrandsWorkflow(req.scope).run({ input: { ids: [id] } })
  res.json({ id, object: "brand", deleted: true })
}
