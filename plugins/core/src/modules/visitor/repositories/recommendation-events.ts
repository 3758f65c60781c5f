import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

// SQL of tp_visitor_event for the recommendation widgets: how often each placement was shown and clicked.
// One exported object, not loose functions: Medusa registers every function exported from a module's
// `repositories/` in the module container as a repository class.

export type PlacementCounts = { placement: string; impressions: number; clicks: number }

/**
 * Impressions and clicks per placement among `placements`, over the events that occurred in [from, to) (the
 * events core still keeps: they are purged after their retention period). Placements without events are absent.
 */
async function countByPlacement(
  manager: SqlEntityManager,
  input: { placements: readonly string[]; from: Date; to: Date }
): Promise<PlacementCounts[]> {
  if (!input.placements.length) return []
  return manager.execute<PlacementCounts[]>(
    `SELECT placement,
            count(*) FILTER (WHERE type = 'recommendation_impression')::int AS impressions,
            count(*) FILTER (WHERE type = 'recommendation_click')::int AS clicks
       FROM tp_visitor_event
      WHERE deleted_at IS NULL AND placement IN (${input.placements.map(() => "?").join(", ")})
        AND occurred_at >= ? AND occurred_at < ?
      GROUP BY placement`,
    [...input.placements, input.from, input.to]
  )
}

export const recommendationEvents = { countByPlacement }
