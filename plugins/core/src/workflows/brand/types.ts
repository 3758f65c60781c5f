/** Inputs of the brand workflows (the admin routes validate them with zod first). */
export type CreateBrandInput = {
  name: string
  /** URL-friendly and unique; derived from the name when absent. */
  handle?: string
  description?: string | null
  logo_url?: string | null
  metadata?: Record<string, unknown> | null
}

export type UpdateBrandInput = Partial<CreateBrandInput>

export type BrandDTO = {
  id: string
  name: string
  handle: string
  description: string | null
  logo_url: string | null
  metadata: Record<string, unknown> | null
  created_at: Date | string
  updated_at: Date | string
}
