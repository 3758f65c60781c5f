/** The status and Medusa error body of a failed axios call (tests assert on both). */
export const failure = (error: { response?: unknown }) =>
  error.response as { status: number; data: { type: string; message: string } }

/** Headers for a store call: publishable key plus extras (bearer token, guest or visitor headers). */
export const storeHeaders = (publishableKey: string, extra: Record<string, string | undefined> = {}) => ({
  headers: Object.fromEntries(
    Object.entries({ "x-publishable-api-key": publishableKey, ...extra }).filter(([, value]) => value !== undefined)
  ) as Record<string, string>,
})

/** Rethrows a failed call with its status and Medusa message, so a failing test says why. */
export const explain = (error: { response?: { status: number; data: unknown }; message: string }): never => {
  throw new Error(error.response ? `${error.response.status} ${JSON.stringify(error.response.data)}` : error.message)
}
