import { errorAnswer } from "./answers.js"

/** A body the proxy will forward, or the 4xx it answers instead. */
export type BodyCheck = { ok: true; body: string | undefined } | { ok: false; answer: Response }

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = []
  let size = 0
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    parts.push(value)
  }
  const whole = new Uint8Array(size)
  let offset = 0
  for (const part of parts) {
    whole.set(part, offset)
    offset += part.byteLength
  }
  return whole
}

/**
 * Reads a request body of at most `maxBytes` (413 beyond, also when Content-Length says so up front) that must
 * be JSON, as every widget call is (415 for another type, 400 when it is empty or does not parse). GET and DELETE
 * carry no body to Medusa.
 */
export async function checkBody(request: Request, maxBytes: number): Promise<BodyCheck> {
  if (request.method === "GET" || request.method === "DELETE") return { ok: true, body: undefined }
  const declared = Number(request.headers.get("content-length") ?? "0")
  const tooLarge = () =>
    errorAnswer(413, "invalid_data", `The request body is larger than the allowed ${maxBytes} bytes.`)
  if (declared > maxBytes) return { ok: false, answer: tooLarge() }
  let bytes: Uint8Array | null
  try {
    bytes = await readLimited(request, maxBytes)
  } catch {
    return { ok: false, answer: errorAnswer(400, "invalid_data", "The request body could not be read.") }
  }
  if (bytes === null) return { ok: false, answer: tooLarge() }
  // every widget write sends a JSON body: an empty one is no widget's call (and a cross-site form's favourite)
  if (bytes.byteLength === 0) {
    return { ok: false, answer: errorAnswer(400, "invalid_data", "The request body must be JSON; it is empty.") }
  }

  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase()
  if (type !== "application/json") {
    return { ok: false, answer: errorAnswer(415, "invalid_data", "The request body must be application/json.") }
  }
  let text: string
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes)
    JSON.parse(text)
  } catch {
    return { ok: false, answer: errorAnswer(400, "invalid_data", "The request body is not valid JSON.") }
  }
  return { ok: true, body: text }
}
