import { z } from "@medusajs/framework/zod"

/** RFC 8058 body (`List-Unsubscribe=One-Click`), or the confirm page's choice; an empty body means this flow. */
export const PostUnsubscribe = z
  .object({
    "List-Unsubscribe": z.literal("One-Click").optional(),
    scope: z.enum(["flow", "all"]).optional(),
  })
  .strict()

export type PostUnsubscribeType = z.infer<typeof PostUnsubscribe>
