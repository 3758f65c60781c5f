import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { warnIfUntestedMedusa } from "@touchpoints/core/medusa-tables"
import { parseCartRecoveryOptions } from "../options"

/**
 * Stops the server at boot when the plugin options are wrong, naming the option; warns when Medusa is a release
 * the scan's query over Medusa's cart tables (core's medusa-tables/carts.ts) was not tested with.
 */
export default async function validateOptionsLoader({ options, container }: LoaderOptions): Promise<void> {
  parseCartRecoveryOptions(options)
  warnIfUntestedMedusa(container.resolve(ContainerRegistrationKeys.LOGGER), "@touchpoints/cart-recovery")
}
