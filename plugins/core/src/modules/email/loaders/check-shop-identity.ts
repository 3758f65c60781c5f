import type { LoaderOptions, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isProductionEnv, localShopUrlWarnings } from "../../../lib/shop-options"
import { emailSettingsOf } from "../lib/settings"

/**
 * Stops the server at boot when core's `secret` or `shop` is missing or wrong (naming the option); in production
 * warns once about shop URLs on this machine (the local demo runs that way; shoppers could not follow the links).
 */
export default async function checkShopIdentityLoader({ options, container }: LoaderOptions): Promise<void> {
  const { shop } = emailSettingsOf(options)
  if (!isProductionEnv()) return
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  for (const warning of localShopUrlWarnings(shop)) logger.warn(warning)
}
