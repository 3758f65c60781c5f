import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** A 404 in Medusa's shape unless the product exists (in any status: its page may still be linked). */
export async function assertProductExists(query: Omit<RemoteQueryFunction, symbol>, productId: string): Promise<void> {
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: productId } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found`)
}
