import { z } from "@medusajs/framework/zod"

/** Exactly one of a Medusa customer id or an email address: whose Touchpoints data the owner exports or erases. */
const subject = z
  .object({
    customer_id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a customer id like cus_01...")
      .optional(),
    email: z.email({ error: "must be an email address" }).max(320).optional(),
  })
  .strict()
  .refine((value) => Boolean(value.customer_id) !== Boolean(value.email), {
    error: "give either customer_id or email (one of them)",
  })

export const GetAdminPersonalData = subject
export type GetAdminPersonalDataType = z.infer<typeof GetAdminPersonalData>

export const PostAdminPersonalDataErase = subject
export type PostAdminPersonalDataEraseType = z.infer<typeof PostAdminPersonalDataErase>
