import { z } from "@medusajs/framework/zod"

const address = z.email({ error: "must be an email address" }).max(320)

export const GetAdminEmailAddress = z.object({ address }).strict()
export type GetAdminEmailAddressType = z.infer<typeof GetAdminEmailAddress>

export const PostAdminEmailSuppression = z
  .object({
    address,
    /** complained: a spam report from the mailbox provider's feedback loop; manual: the owner's decision. */
    reason: z.enum(["bounced", "complained", "manual"]),
    source: z.string().min(1).max(200).optional(),
  })
  .strict()
export type PostAdminEmailSuppressionType = z.infer<typeof PostAdminEmailSuppression>
