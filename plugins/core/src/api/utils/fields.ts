import { z } from "@medusajs/framework/zod"

// Fields the store routes of core share (their own validators.ts files build on these).

const SIGNED_OR_LEGACY_VISITOR_ID = /^[A-Za-z0-9_-]{16,64}(\.0\.[A-Za-z0-9_-]{22})?$/

export const medusaId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a Medusa id (letters, digits, _ and -)")

/** Text of 1 to `max` characters. */
export const text = (max: number) => z.string().min(1).max(max)

/** A visitor id as the browser holds it: signed by the server (a 0.1 unsigned id is accepted here, then refused 401). */
export const visitorIdSchema = z
  .string()
  .regex(SIGNED_OR_LEGACY_VISITOR_ID, "must be a visitor id from POST /store/touchpoints/visitor")
