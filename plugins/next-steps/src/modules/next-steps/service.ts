import { type NextStepsOptions, parseNextStepsOptions } from "./options"

/**
 * Holds the plugin's settings for its routes and jobs. The link groups themselves are computed from Medusa's
 * catalog and orders, the visitor profile (core) and, when installed, the also-bought statistics.
 */
export default class NextStepsModuleService {
  readonly settings: NextStepsOptions

  constructor(_container: Record<string, unknown>, options: unknown) {
    this.settings = parseNextStepsOptions(options)
  }
}
