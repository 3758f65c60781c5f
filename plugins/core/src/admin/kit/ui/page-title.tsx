import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/**
 * A page's name (its one h1) and a line on what the page is for; `actions` (a period, a "New" button) sit beside
 * them, and `className` lays the row out.
 */
export function PageTitle({
  title,
  description,
  actions,
  className,
}: {
  title: string
  description: ReactNode
  actions?: ReactNode
  className?: string
}) {
  const heading = (
    <>
      <Heading level="h1">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    </>
  )
  if (actions === undefined) return <div className={className}>{heading}</div>
  return (
    <div className={className ?? "flex items-center justify-between"}>
      <div>{heading}</div>
      {actions}
    </div>
  )
}
