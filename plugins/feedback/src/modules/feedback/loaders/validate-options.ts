import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { warnIfUntestedMedusa } from "@touchpoints/core/medusa-tables"
import { parseFeedbackOptions } from "../options"

/**
 * Stops the server at boot when the plugin options are wrong, naming the option; warns when Medusa is a release
 * the survey scan's and the report's queries over Medusa's tables (core's medusa-tables/) were not tested with.
 */
export default async function validateOptionsLoader({ options, container }: LoaderOptions): Promise<void> {
  parseFeedbackOptions(options)
  warnIfUntestedMedusa(container.resolve(ContainerRegistrationKeys.LOGGER), "@touchpoints/feedback")
}
