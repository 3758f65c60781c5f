import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { VISITOR_MODULE } from "../../../../modules/visitor"
import type { VisitorEventPayload } from "../../../../modules/visitor/lib/types"
import type VisitorModuleService from "../../../../modules/visitor/service"
import { answerDatabaseUnavailable, isDatabaseUnavailable } from "../../../utils/database-unavailable"
import { registeredCustomerCarts } from "../../../utils/registered-carts"
import { requireVisitorId } from "../../../utils/visitor-id"
import { type VisitorWrite, writeAsVisitor } from "../../../utils/visitor-write"
import type { PostTouchpointsEventsType } from "./validators"

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

  const claimedTimes = req.validatedBody.events.map((event, index) => {
    const occurredAt = event.occurred_at ? new Date(event.occurred_at).getTime() : now
    if (occurredAt > now + MAX_FUTURE_MS || occurredAt < oldest) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `events.${index}.occurred_at must lie between ${settings.events.maxEventAgeHours} hours ago and now`
      )
    }
    return occurredAt
  })
  const events = atServerTime(req.validatedBody.events, claimedTimes, now)
  const namedCarts = events.flatMap((event) =>
    (event.type === "add_to_cart" || event.type === "checkout_started") && event.cart_id ? [event.cart_id] : []
  )

  let written: VisitorWrite<number>
  try {
    const unclaimableCartIds = [...(await registeredCustomerCarts(req.scope, namedCarts))]
    written = await writeAsVisitor(req, visitorId, async (anonymousId, shopper) => {
      return (await visitors.ingestEvents({ anonymousId, events, shopper, unclaimableCartIds })).stored
    })
  } catch (error) {
    // A database restart: the transaction rolled back, so the client can safely send the batch again.
    if (!isDatabaseUnavailable(error)) throw error
    return answerDatabaseUnavailable(res, "The events cannot be saved right now; send the same request again shortly")
  }
  res.status(202).json({
    visitor_id: written.visitorId,
    ...(written.rotated && { visitor_rotated: true }),
    accepted: events.length,
    stored: written.result,
  })
}

/**
 * The batch stamped with the time the server received it. Visits and recency are the server's facts: a
 * client's `occurred_at` is a claim, used only to order the batch's own events (one request can no longer
 * make three "visits" by backdating). Each event gets its own millisecond so the order survives storage.
 */
function atServerTime(
  events: PostTouchpointsEventsType["events"],
  claimedTimes: number[],
  now: number
): VisitorEventPayload[] {
  const order = events.map((_, index) => index).sort((a, b) => claimedTimes[a] - claimedTimes[b] || a - b)
  const receivedAt = now - order.length
  return order.map((index, position) => ({
    ...events[index],
    occurred_at: new Date(receivedAt + position + 1).toISOString(),
  }))
}
