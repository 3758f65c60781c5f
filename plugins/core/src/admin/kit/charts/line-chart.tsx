const WIDTH = 420
const HEIGHT = 160
const PAD = 28

/** A small line chart of values over labelled points (gaps where a value is null), with its range on the axis. */
export function LineChart({ label, points }: { label: string; points: { label: string; value: number | null }[] }) {
  const known = points.filter((point) => point.value !== null).map((point) => point.value as number)
  if (!known.length) return null
  const min = Math.min(0, ...known)
  // the axis always spans 0, so a negative NPS reads as below zero
  const max = Math.max(0, ...known, min + 1)
  const x = (index: number) => PAD + (index * (WIDTH - 2 * PAD)) / Math.max(1, points.length - 1)
  const y = (value: number) => HEIGHT - PAD - ((value - min) * (HEIGHT - 2 * PAD)) / (max - min)
  const path = points
    .map((point, index) => (point.value === null ? null : `${x(index)},${y(point.value)}`))
    .filter(Boolean)
    .join(" ")
  return (
    <svg role="img" aria-label={label} width={WIDTH} height={HEIGHT} className="text-ui-fg-base">
      <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} stroke="#d1d5db" />
      <text x={2} y={y(max) + 4} fontSize={10} fill="#6b7280">
        {max}
      </text>
      <text x={2} y={y(min) + 4} fontSize={10} fill="#6b7280">
        {min}
      </text>
      <polyline points={path} fill="none" stroke="#6366f1" strokeWidth={2} />
      {points.map((point, index) =>
        point.value === null ? null : (
          <circle key={point.label} cx={x(index)} cy={y(point.value)} r={3} fill="#6366f1">
            <title>{`${point.label}: ${point.value}`}</title>
          </circle>
        )
      )}
      <text x={PAD} y={HEIGHT - 8} fontSize={10} fill="#6b7280">
        {points[0].label}
      </text>
      <text x={WIDTH - PAD} y={HEIGHT - 8} fontSize={10} fill="#6b7280" textAnchor="end">
        {points[points.length - 1].label}
      </text>
    </svg>
  )
}
