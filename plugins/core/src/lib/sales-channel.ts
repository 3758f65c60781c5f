import type { MedusaRequest } from "@medusajs/framework/http"

/** The sales channel of the request's publishable key (the first, when it has several). */
export function salesChannelOf(req: MedusaRequest): string | null {
  const context = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } })
    .publishable_key_context
  return context?.sales_channel_ids?.[0] ?? null
}
