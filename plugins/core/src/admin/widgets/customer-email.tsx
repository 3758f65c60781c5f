import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/admin-fetch"

type EmailState = {
  consents: { flow: string; granted: boolean; source: string | null; recorded_at: string }[]
  suppression: { reason: string; recorded_at: string } | null
  sends: {
    id: string
    flow: string
    subject: string | null
    status: string
    sent_at: string | null
    created_at: string
  }[]
}

const RECENT = 5

/** On a customer's page: their email consent per flow, whether the address is suppressed, and the latest sends. */
const CustomerEmailWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const [state, setState] = useState<EmailState | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    if (!customer.email) return
    let current = true
    adminFetch<EmailState>(`/admin/touchpoints/email?address=${encodeURIComponent(customer.email)}`)
      .then((loaded) => current && setState(loaded))
      .catch((error: Error) => current && setProblem(error.message))
    return () => {
      current = false
    }
  }, [customer.email])

  return (
    <Container className="px-6 py-4">
      <section aria-label="Email consent" className="flex flex-col gap-y-3">
        <Heading level="h2">Email consent</Heading>
        {problem && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {problem}
          </Text>
        )}
        {!customer.email && <Text size="small">No email address.</Text>}
        {state && (
          <>
            {state.suppression && <Badge color="red" size="2xsmall">{`Suppressed: ${state.suppression.reason}`}</Badge>}
            {state.consents.length === 0 ? (
              <Text size="small" className="text-ui-fg-subtle" data-testid="tp-customer-consent">
                No choice recorded: marketing emails that need an opt-in are not sent.
              </Text>
            ) : (
              <ul data-testid="tp-customer-consent">
                {state.consents.map((consent) => (
                  <li key={consent.flow}>
                    <Text size="small">
                      {`${consent.flow === "*" ? "All flows" : consent.flow}: ${consent.granted ? "opted in" : "opted out"}${consent.source ? ` (${consent.source})` : ""}`}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
            {state.sends.length > 0 && (
              <ul className="flex flex-col gap-y-1">
                {state.sends.slice(0, RECENT).map((send) => (
                  <li key={send.id}>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {`${(send.sent_at ?? send.created_at).slice(0, 10)} ${send.flow}: ${send.subject ?? ""} (${send.status})`}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerEmailWidget
