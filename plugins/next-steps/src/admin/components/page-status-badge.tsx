import { Badge } from "@medusajs/ui"

const LOOK = {
  200: { color: "green", text: "200 live" },
  301: { color: "blue", text: "301 to the replacement" },
  410: { color: "orange", text: "410 gone" },
} as const

/** The HTTP status a product's page has now, as the storefront gives it. */
export function PageStatusBadge({ status }: { status: 200 | 301 | 410 }) {
  return (
    <Badge size="2xsmall" color={LOOK[status].color} data-page-status={status}>
      {LOOK[status].text}
    </Badge>
  )
}
