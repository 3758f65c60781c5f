import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { warnIfUntestedMedusa } from "@touchpoints/core/medusa-tables"
import { parseSegmentOffersOptions } from "../options"

/**
 * Stops the server at boot when the plugin options are wrong, naming the option; warns when the installed Medusa
 * is not a release core's Medusa-table queries (which this plugin reads carts, customers, promotions and orders
 * with) were tested on.
 */
export default async function validateOptionsLoader({ options, container }: LoaderOptions): Promise<void> {
  parseSegmentOffersOptions(options)
  warnIfUntestedMedusa(container.resolve(ContainerRegistrationKeys.LOGGER), "@touchpoints/segment-offers")
}
