import { Badge } from "@medusajs/ui"
import type { Band } from "../lib/types"

const COLOR = { detractor: "red", passive: "orange", promoter: "green" } as const

/** A score's Net Promoter band (0-6 detractor, 7-8 passive, 9-10 promoter) as a coloured badge. */
export function BandBadge({ band }: { band: Band }) {
  return (
    <Badge size="2xsmall" color={COLOR[band]}>
      {band}
    </Badge>
  )
}
