import { z } from "@medusajs/framework/zod"
import { VISITOR_ID_PATTERN } from "../../../../modules/visitor/lib/event-types"
import { visitorIdSchema } from "../../../utils/fields"

export const GetTouchpointsVisitor = z.object({ visitor_id: visitorIdSchema.optional() }).strict()
export type GetTouchpointsVisitorType = z.infer<typeof GetTouchpointsVisitor>

/** Asks for a visitor id; `visitor_id`: the id a 0.1 widget made itself, upgraded once to a signed one. */
export const PostTouchpointsVisitor = z
  .object({ visitor_id: z.string().regex(VISITOR_ID_PATTERN, "must be 16-64 letters, digits, _ or -").optional() })
  .strict()
export type PostTouchpointsVisitorType = z.infer<typeof PostTouchpointsVisitor>
