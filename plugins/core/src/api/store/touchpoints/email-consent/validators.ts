import { z } from "@medusajs/framework/zod"
import { medusaId } from "../../../utils/fields"

/** A flow name ("cart-recovery") or "*" for every marketing flow. */
const emailFlow = z.string().regex(/^(\*|[a-z][a-z0-9-]{0,63})$/, 'must be a flow name like "cart-recovery" or "*"')

export const PostTouchpointsEmailConsent = z
  .object({
    /** The cart whose email the choice is for (checkout); omitted for a logged-in customer's own address. */
    cart_id: medusaId.optional(),
    flow: emailFlow.default("*"),
    granted: z.boolean(),
  })
  .strict()
export type PostTouchpointsEmailConsentType = z.infer<typeof PostTouchpointsEmailConsent>

export const GetTouchpointsEmailConsent = z.object({ cart_id: medusaId.optional() }).strict()
export type GetTouchpointsEmailConsentType = z.infer<typeof GetTouchpointsEmailConsent>
