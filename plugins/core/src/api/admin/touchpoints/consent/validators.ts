import { z } from "@medusajs/framework/zod"

const email = z.email({ error: "must be an email address" }).max(320)
/** A flow name ("cart-recovery") or "*" for every marketing flow. */
const flow = z.string().regex(/^(\*|[a-z][a-z0-9-]{0,63})$/, 'must be a flow name like "cart-recovery" or "*"')

export const GetAdminConsent = z.object({ email }).strict()
export type GetAdminConsentType = z.infer<typeof GetAdminConsent>

/** The owner records a choice (a customer asked by phone, a signed form): a verified source. */
export const PostAdminConsent = z.object({ email, flow: flow.default("*"), granted: z.boolean() }).strict()
export type PostAdminConsentType = z.infer<typeof PostAdminConsent>

/** The flows whose guest opt-in counts at once (single opt-in); every other marketing flow needs a confirmation. */
export const PostAdminConsentPolicy = z
  .object({
    single_opt_in_flows: z
      .array(z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be a flow name like "cart-recovery"'))
      .max(50),
  })
  .strict()
export type PostAdminConsentPolicyType = z.infer<typeof PostAdminConsentPolicy>

/** Reading the policy takes no query. */
export const GetAdminConsentPolicy = z.object({}).strict()
