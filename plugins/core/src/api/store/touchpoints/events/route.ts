import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { answerDatabaseUnavailable, isDatabaseUnavailable } from "../../../../lib/database-unavailable"
import { VISITOR_MODULE } from "../../../../modules/visitor"
import type { VisitorEventPayload } from "../../../../modules/visitor/lib/types"
import type VisitorModuleService from "../../../../modules/visitor/service"
import { requireVisitorId } from "../../../utils/visitor-id"
import type { PostTouchpointsEventsType } from "../validators"

/** Clock skew tolerated on client timestamps in the future. */
const MAX_FUTURE_MS = 5 * 60_000

/**
 * The hot path of the suite, so it is the one write that does not run through a workflow: a
 * Medusa workflow run upserts and deletes a workflow_execution row around every execution, which
 * measured ~1.5-2 ms CPU per request and put a batch below Medusa's own GET /store/regions. The
 * ingest is one database transaction (profile row locked, events and aggregates written together),
 * so a failure leaves nothing half-written. Server-side producers compose `ingestVisitorEventsStep`
 * (with compensation) into their workflows instead.
 */
export async function POST(req: MedusaRequest<PostTouchpointsEventsType>, res: MedusaResponse) {
  const visitorId = requireVisitorId(req, req.validatedBody.visitor_id)
  const visitors = req.scope.resolve<VisitorModuleService>(VISITOR_MODULE)
  const { settings } = visitors
  const now = Date.now()
  const oldest = now - settings.events.maxEventAgeHours * 3_600_000

  const events: VisitorEventPayload[] = req.validatedBody.events.map((event, index) => {
    const occurredAt = event.occurred_at ? new Date(event.occurred_at) : new Date(now)
    if (occurredAt.getTime() > now + MAX_FUTURE_MS || occurredAt.getTime() < oldest) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `events.${index}.occurred_at must lie between ${settings.events.maxEventAgeHours} hours ago and now`
      )
    }
    return { ...event, occurred_at: occurredAt.toISOString() }
  })

  let stored: number
  try {
    stored = (await visitors.ingestEvents({ anonymousId: visitorId, events })).stored
  } catch (error) {
    // A database restart: the transaction rolled back, so the client can safely send the batch again.
    if (!isDatabaseUnavailable(error)) throw error
    return answerDatabaseUnavailable(res, "The events cannot be saved right now; send the same request again shortly")
  }
  res.status(202).json({ visitor_id: visitorId, accepted: events.length, stored })
}
