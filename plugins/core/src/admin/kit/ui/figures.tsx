import { Figure } from "../charts/figure"

/** A row of headline numbers (name, value), as one `<dl>`. */
export function Figures({
  figures,
  className = "",
}: {
  figures: [string, string | number | null][]
  className?: string
}) {
  return (
    <dl className={`flex flex-wrap gap-x-10 gap-y-2 ${className}`.trim()}>
      {figures.map(([name, value]) => (
        <Figure key={name} name={name} value={value} />
      ))}
    </dl>
  )
}
