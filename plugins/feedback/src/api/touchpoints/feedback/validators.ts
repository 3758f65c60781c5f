import { z } from "@medusajs/framework/zod"

/** A link opened from an email: click trackers may append their own parameters, which are ignored. */
export const GetScoreLink = z.record(z.string(), z.unknown())

/** The score page's form: posted by its script (`automatic`) or by its button. */
export const PostScoreLink = z.object({ how: z.enum(["automatic", "button"]) }).strict()
export type PostScoreLinkType = z.infer<typeof PostScoreLink>
