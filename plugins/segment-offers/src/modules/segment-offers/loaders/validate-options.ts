import type { LoaderOptions } from "@medusajs/framework/types"
import { parseSegmentOffersOptions } from "../options"

/** Stops the server at boot when the plugin options are wrong, naming the option. */
export default async function validateOptionsLoader({ options }: LoaderOptions): Promise<void> {
  parseSegmentOffersOptions(options)
}
