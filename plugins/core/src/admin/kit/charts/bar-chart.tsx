const BAR_WIDTH = 260
const ROW = 22

/** Horizontal bars for a distribution or a per-group count, each labelled with its value. */
export function BarChart({ label, bars }: { label: string; bars: { label: string; value: number }[] }) {
  const largest = Math.max(1, ...bars.map((bar) => bar.value))
  return (
    <svg
      role="img"
      aria-label={label}
      width={BAR_WIDTH + 200}
      height={bars.length * ROW + 4}
      className="text-ui-fg-base"
    >
      {bars.map((bar, index) => {
        const width = Math.max(1, (bar.value / largest) * BAR_WIDTH)
        const y = index * ROW + 2
        return (
          <g key={bar.label}>
            <text x={0} y={y + 13} fontSize={11} fill="currentColor">
              {bar.label.slice(0, 24)}
            </text>
            <rect x={150} y={y} width={width} height={ROW - 6} rx={3} fill="#34d399" />
            <text x={156 + width} y={y + 13} fontSize={11} fill="currentColor">
              {bar.value}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
