import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/** At most this many problems are named in one error message. */
const MAX_ISSUES_NAMED = 5

/** "events.0.type: must be ..." for each issue, so a client knows exactly which field is wrong. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const described = issues.slice(0, MAX_ISSUES_NAMED).map((issue) => {
    const path = issue.path.join(".")
    if (issue.code === "unrecognized_keys") {
      const fields = issue.keys.map((key) => (path ? `${path}.${key}` : key))
      return `unknown field${fields.length > 1 ? "s" : ""} ${fields.join(", ")}`
    }
    return path ? `${path}: ${issue.message}` : issue.message
  })
  const more = issues.length > MAX_ISSUES_NAMED ? ` (and ${issues.length - MAX_ISSUES_NAMED} more)` : ""
  return `Invalid request: ${described.join("; ")}${more}`
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value ?? {})
  if (!result.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, describeIssues(result.error.issues))
  }
  return result.data
}

/** Validates `req.body` with a strict zod schema into `req.validatedBody`; 400 names each bad field. */
export function validateBody<T extends z.ZodType>(schema: T) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      req.validatedBody = parseOrThrow(schema, req.body)
      next()
    } catch (error) {
      next(error)
    }
  }
}

/** Validates `req.query` into `req.validatedQuery` (simple queries without Medusa's fields/pagination). */
export function validateQuery<T extends z.ZodType>(schema: T) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      req.validatedQuery = parseOrThrow(schema, req.query) as Record<string, unknown>
      next()
    } catch (error) {
      next(error)
    }
  }
}
