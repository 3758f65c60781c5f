import { errorHandler } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { answerDatabaseUnavailable, isDatabaseUnavailable, isRefusedRequestText } from "./database-unavailable"

const REFUSED_TEXT = "The request holds text the database cannot store (such as a NUL character)"

/** Express's error-middleware signature, as Medusa's `errorHandler()` returns it. */
type ErrorRequestHandler = ReturnType<typeof errorHandler>

/**
 * Medusa's own error handler, except for an error that says the database is away for a moment (a restart cut the
 * request's connection, or the pool found none within its wait): that answers 503 with Retry-After in Medusa's
 * error shape instead of 500 "An unknown error occurred", so clients and load balancers know to send it again.
 * A database that refused the request's own text (NUL, an invalid byte sequence) is the client's mistake: 400
 * `invalid_data`, never an outage. It covers every route, Medusa's too. The app sets it once in `src/api/middlewares.ts`:
 * `defineMiddlewares({ errorHandler: databaseOutageErrorHandler(), routes: [...] })`.
 */
export function databaseOutageErrorHandler(fallback: ErrorRequestHandler = errorHandler()): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (!res.headersSent && isDatabaseUnavailable(error)) {
      answerDatabaseUnavailable(res)
      return
    }
    if (isRefusedRequestText(error)) {
      fallback(new MedusaError(MedusaError.Types.INVALID_DATA, REFUSED_TEXT), req, res, next)
      return
    }
    fallback(error, req, res, next)
  }
}
