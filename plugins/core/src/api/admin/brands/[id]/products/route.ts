import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setBrandProductsWorkflow } from "../../../../../workflows/brand/set-brand-products"
import { refetchBrand } from "../../helpers"
import type { AdminBrandProductsType } from "../../validators"

/** Links (`add`) and unlinks (`remove`) products; an added product leaves its previous brand. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminBrandProductsType>, res: MedusaResponse) => {
  const { id } = req.params
  await refetchBrand(id, req.scope, ["id"])
  await setBrandProductsWorkflow(req.scope).run({
    input: { brand_id: id, add: req.validatedBody.add, remove: req.validatedBody.remove },
  })
  const brand = await refetchBrand(id, req.scope, [...req.queryConfig.fields, "products.id"])
  res.json({ brand })
}
