import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import NodeCache from "node-cache"

/** A region's currency never changes in practice; a minute of caching saves a query per request. */
const currencies = new NodeCache({ stdTTL: 60, maxKeys: 1_000, useClones: false })

/** The currency of a region (Medusa's price calculation needs both); an unknown region is a 404. */
export async function regionCurrency(query: Omit<RemoteQueryFunction, symbol>, regionId: string): Promise<string> {
  const cached = currencies.get<string>(regionId)
  if (cached) return cached
  const { data } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } })
  const currency = (data[0] as { currency_code?: string } | undefined)?.currency_code
  if (!currency) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region ${regionId} was not found`)
  try {
    currencies.set(regionId, currency)
  } catch {
    currencies.flushAll()
  }
  return currency
}
