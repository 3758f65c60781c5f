import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBrandsWorkflow } from "../../../workflows/brand/create-brands"
import { refetchBrand } from "./helpers"
import type { AdminCreateBrandType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: brands, metadata } = await query.graph({
    entity: "brand",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    brands,
    count: metadata?.count ?? brands.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? brands.length,
  })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBrandType>, res: MedusaResponse) => {
  const { result } = await createBrandsWorkflow(req.scope).run({
    input: { brands: [req.validatedBody] },
  })
  const brand = await refetchBrand(result[0].id, req.scope, req.queryConfig.fields)
  res.status(200).json({ brand })
}
