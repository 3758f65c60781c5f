import { errorHandler } from "@medusajs/framework/http"
import { answerDatabaseUnavailable, isDatabaseUnavailable } from "../../lib/database-unavailable"

/** Express's error-middleware signature, as Medusa's `errorHandler()` returns it. */
type ErrorRequestHandler = ReturnType<typeof errorHandler>

/**
 * Medusa's own error handler, except for an error that says the database is away for a moment (a restart cut the
 * request's connection, or the pool found none within its wait): that answers 503 with Retry-After in Medusa's
 * error shape instead of 500 "An unknown error occurred", so clients and load balancers know to send it again.
 * It covers every route, Medusa's too. The app sets it once in `src/api/middlewares.ts`:
 * `defineMiddlewares({ errorHandler: databaseOutageErrorHandler(), routes: [...] })`.
 */
export function databaseOutageErrorHandler(fallback: ErrorRequestHandler = errorHandler()): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (!res.headersSent && isDatabaseUnavailable(error)) {
      answerDatabaseUnavailable(res)
      return
    }
    fallback(error, req, res, next)
  }
}
