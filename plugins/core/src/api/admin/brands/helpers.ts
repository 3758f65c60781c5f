import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Reads one brand with the requested fields, or answers 404. */
export const refetchBrand = async (id: string, scope: MedusaContainer, fields: string[]) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [brand],
  } = await query.graph({ entity: "brand", fields, filters: { id } })
  if (!brand) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Brand with id "${id}" not found`)
  }
  return brand
}
