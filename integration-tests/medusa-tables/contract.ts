import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaDb } from "@touchpoints/core/medusa-tables"
import type { createFeedbackShop } from "../helpers/feedback-shop"

/**
 * What a contract file gets: the running store's container (make real rows through Medusa's own workflows), its
 * HTTP client, and Medusa's PostgreSQL connection to run a `@touchpoints/core/medusa-tables` query on.
 */
export type ContractContext = {
  container: () => MedusaContainer
  api: Parameters<typeof createFeedbackShop>[1]
  db: () => MedusaDb
}

/** A contract file's default export: declares its describe/it blocks against the shared store. */
export type Contract = (context: ContractContext) => void

export const medusaDbOf = (container: MedusaContainer): MedusaDb =>
  container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as MedusaDb
