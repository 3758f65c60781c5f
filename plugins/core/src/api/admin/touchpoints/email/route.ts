import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EMAIL_MODULE } from "../../../../modules/email"
import { normalizeAddress } from "../../../../modules/email/lib/types"
import type EmailModuleService from "../../../../modules/email/service"
import type { GetAdminEmailAddressType } from "./validators"

const RECENT_SENDS = 50

/** What the email core knows about an address: consent per flow, suppression, and its latest sends. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAdminEmailAddressType>, res: MedusaResponse) {
  const address = normalizeAddress(req.validatedQuery.address as string)
  const emails = req.scope.resolve<EmailModuleService>(EMAIL_MODULE)
  const [consents, suppressions, sends] = await Promise.all([
    emails.consentsOf(address),
    emails.listEmailSuppressions({ address }, { select: ["reason", "source", "recorded_at"] }),
    emails.listEmailSends(
      { recipient: address },
      {
        select: [
          "id",
          "idempotency_key",
          "flow",
          "step",
          "subject",
          "status",
          "attempts",
          "last_error",
          "sent_at",
          "created_at",
        ],
        order: { created_at: "DESC" },
        take: RECENT_SENDS,
      }
    ),
  ])
  res.json({ address, consents, suppression: suppressions[0] ?? null, sends })
}
