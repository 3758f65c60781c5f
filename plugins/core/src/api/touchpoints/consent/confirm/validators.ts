import { z } from "@medusajs/framework/zod"

/** The confirm page's form: its one button (an empty body confirms too). */
export const PostConsentConfirmation = z.object({ confirm: z.literal("yes").optional() }).strict()
export type PostConsentConfirmationType = z.infer<typeof PostConsentConfirmation>
