import { z } from "@medusajs/framework/zod"
import { GROUP_KEYS } from "../../../modules/next-steps/options"

const medusaId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a Medusa id (letters, digits, _ and -)")
const group = z.enum(GROUP_KEYS)
const groupSettings = z
  .object({ title: z.string().trim().min(1).max(80).optional(), size: z.number().int().min(1).max(24).optional() })
  .strict()

export const PostGroupSettings = z
  .object({
    group_order: z
      .array(group)
      .length(3)
      .refine((keys) => new Set(keys).size === 3, "must name each group once")
      .optional(),
    groups: z
      .object({ similar: groupSettings, brand: groupSettings, for_you: groupSettings })
      .partial()
      .strict()
      .optional(),
  })
  .strict()
export type PostGroupSettingsType = z.infer<typeof PostGroupSettings>

export const PostReplacement = z.object({ replacement_product_id: medusaId.nullable() }).strict()
export type PostReplacementType = z.infer<typeof PostReplacement>

const curation = z.object({ group, product_id: medusaId }).strict()
export const PostCurations = z
  .object({ pins: z.array(curation).max(50).default([]), exclusions: z.array(curation).max(200).default([]) })
  .strict()
  .refine(
    (body) => {
      const keys = [...body.pins, ...body.exclusions].map((row) => `${row.group}|${row.product_id}`)
      return new Set(keys).size === keys.length
    },
    { message: "a product can be pinned or excluded once per group" }
  )
export type PostCurationsType = z.infer<typeof PostCurations>

export const GetAudit = z
  .object({
    region_id: medusaId.optional(),
    sales_channel_id: medusaId.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type GetAuditType = z.infer<typeof GetAudit>

export const GetReplacements = z
  .object({
    /** `replaced`: every product with a replacement; `gone`: every unpublished, discontinued or deleted product. */
    show: z.enum(["replaced", "gone"]).default("replaced"),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type GetReplacementsType = z.infer<typeof GetReplacements>

export const GetPreview = z.object({ region_id: medusaId.optional(), sales_channel_id: medusaId.optional() }).strict()
export type GetPreviewType = z.infer<typeof GetPreview>
