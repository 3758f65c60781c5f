import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findControlCharacterInBody, urlHasControlCharacter } from "./control-characters"

/**
 * Answers 400 (Medusa's `invalid_data`) to a request whose path, query or body holds a control character (the
 * rule: control-characters.ts), before any route, validator or query reads it: PostgreSQL would refuse the
 * text, and the app would answer a database error for a request that was simply wrong.
 * Registered by core as a global middleware (`matcher: "*"`, no methods): Medusa sorts global middlewares first,
 * after only its body parser, CORS, publishable-key, locale and auth middlewares, none of which queries with
 * the path, query or body. It reads `req.originalUrl` (still encoded), since Medusa's locale middleware deletes
 * `?locale` from `req.query` before this runs.
 */
export function refuseControlCharacters(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  if (urlHasControlCharacter(req.originalUrl)) {
    next(refusal("The request's path or query holds a control character (such as NUL)"))
    return
  }
  const where = findControlCharacterInBody(req.body)
  if (where) {
    next(refusal(`The request body holds a control character (such as NUL) at ${where}`))
    return
  }
  next()
}

const refusal = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
