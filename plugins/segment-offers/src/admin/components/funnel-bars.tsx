import type { OfferStatsRow } from "../lib/types"

const STEPS = ["shown", "clicked", "applied", "redeemed"] as const
const COLORS = ["#94a3b8", "#60a5fa", "#34d399", "#f59e0b"]
const ROW_HEIGHT = 28
const LABEL_WIDTH = 220
const BAR_WIDTH = 360

/** The offer funnel per offer and segment as grouped horizontal bars (one bar per step, scaled to the largest). */
export function FunnelBars({ rows }: { rows: OfferStatsRow[] }) {
  const largest = Math.max(1, ...rows.flatMap((row) => STEPS.map((step) => row[step])))
  const height = rows.length * ROW_HEIGHT * STEPS.length + 24
  return (
    <svg
      role="img"
      aria-label="Offer funnel per segment: shown, clicked, applied, redeemed"
      width={LABEL_WIDTH + BAR_WIDTH + 60}
      height={height}
      className="text-ui-fg-base"
    >
      {rows.map((row, rowIndex) => {
        const top = rowIndex * ROW_HEIGHT * STEPS.length
        return (
          <g key={`${row.offer.id}:${row.segment?.id ?? "none"}`}>
            <text x={0} y={top + 16} fontSize={12} fill="currentColor">
              {`${row.offer.name ?? row.offer.id}`.slice(0, 30)}
            </text>
            <text x={0} y={top + 32} fontSize={11} fill="#6b7280">
              {(row.segment?.name ?? "no segment").slice(0, 32)}
            </text>
            {STEPS.map((step, stepIndex) => {
              const width = (row[step] / largest) * BAR_WIDTH
              const y = top + stepIndex * ROW_HEIGHT + 4
              return (
                <g key={step}>
                  <rect
                    x={LABEL_WIDTH}
                    y={y}
                    width={Math.max(width, 1)}
                    height={ROW_HEIGHT - 10}
                    fill={COLORS[stepIndex]}
                    rx={3}
                  />
                  <text x={LABEL_WIDTH + Math.max(width, 1) + 6} y={y + 13} fontSize={11} fill="currentColor">
                    {`${step} ${row[step]}`}
                  </text>
                </g>
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}
