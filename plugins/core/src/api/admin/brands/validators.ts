import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"

const handle = z
  .string()
  .regex(/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u, "handle must be lowercase words joined by hyphens")

export const AdminGetBrandParams = createSelectParams()

export const AdminGetBrandsParams = createFindParams({ offset: 0, limit: 20 }).extend({
  q: z.string().optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
  handle: z.union([z.string(), z.array(z.string())]).optional(),
  name: z.union([z.string(), z.array(z.string())]).optional(),
})

export const AdminCreateBrand = z
  .object({
    name: z.string().trim().min(1),
    handle: handle.optional(),
    description: z.string().nullish(),
    logo_url: z.string().url().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type AdminCreateBrandType = z.infer<typeof AdminCreateBrand>

export const AdminUpdateBrand = z
  .object({
    name: z.string().trim().min(1).optional(),
    handle: handle.optional(),
    description: z.string().nullish(),
    logo_url: z.string().url().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type AdminUpdateBrandType = z.infer<typeof AdminUpdateBrand>

export const AdminBrandProducts = z
  .object({
    add: z.array(z.string().min(1)).max(1000).optional(),
    remove: z.array(z.string().min(1)).max(1000).optional(),
  })
  .strict()
export type AdminBrandProductsType = z.infer<typeof AdminBrandProducts>
