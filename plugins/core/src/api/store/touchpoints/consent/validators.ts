import { z } from "@medusajs/framework/zod"
import { text, visitorIdSchema } from "../../../utils/fields"

export const PostTouchpointsConsent = z
  .object({
    visitor_id: visitorIdSchema.optional(),
    analytics: z.boolean(),
    source: text(100).optional(),
  })
  .strict()
export type PostTouchpointsConsentType = z.infer<typeof PostTouchpointsConsent>
