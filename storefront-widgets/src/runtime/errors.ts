/** What failed: Medusa's error `type` (e.g. "invalid_data", "not_found", "not_allowed") or a local cause. */
export type TouchpointsErrorType = "network" | "timeout" | "config" | "invalid_response" | (string & {})

/** A failed store API call. `status` is 0 when no HTTP answer arrived (network, CORS, timeout, config). */
export class TouchpointsError extends Error {
  override readonly name = "TouchpointsError"
  readonly type: TouchpointsErrorType
  readonly status: number
  readonly url: string

  constructor(message: string, init: { type: TouchpointsErrorType; status?: number; url?: string }) {
    super(message)
    this.type = init.type
    this.status = init.status ?? 0
    this.url = init.url ?? ""
  }
}

/** Reads Medusa's error body `{ type, message }`; anything else becomes an "invalid_response" error. */
export async function errorFromResponse(response: Response, url: string): Promise<TouchpointsError> {
  let type = "invalid_response"
  let message = `${response.status} ${response.statusText}`.trim()
  try {
    const body: unknown = await response.json()
    if (body && typeof body === "object") {
      const record = body as Record<string, unknown>
      if (typeof record.type === "string") type = record.type
      if (typeof record.message === "string") message = record.message
    }
  } catch {
    // not JSON: keep the status line
  }
  return new TouchpointsError(message, { type, status: response.status, url })
}
