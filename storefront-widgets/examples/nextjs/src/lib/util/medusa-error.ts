import { FetchError } from "@medusajs/js-sdk"

/** Rethrows a failed Medusa call as an Error with Medusa's message (what a shopper may read). */
export function medusaError(error: unknown): never {
  if (error instanceof FetchError) throw new Error(error.message || `Medusa answered ${error.status ?? "an error"}`)
  throw error instanceof Error ? error : new Error(String(error))
}
