import { Text } from "@medusajs/ui"

/** Medusa's message for a failed load or save, announced to screen readers; nothing when there is none. */
export function ProblemText({
  problem,
  size,
  className = "",
}: {
  problem: string | null | undefined
  size?: "xsmall" | "small" | "base"
  className?: string
}) {
  if (!problem) return null
  return (
    <Text size={size} className={`text-ui-fg-error ${className}`.trim()} role="alert">
      {problem}
    </Text>
  )
}
