import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { loadedValue, loadProblem, ProblemText, useAdminGet } from "../kit"

type EmailState = {
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

/** On a customer's page: whether the address is suppressed, and the latest sends (consent has its own widget). */
const CustomerEmailWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const [answer] = useAdminGet<EmailState>(`/admin/touchpoints/email?address=${encodeURIComponent(customer.email)}`, {
    enabled: Boolean(customer.email),
  })
  const state = loadedValue(answer)
  const problem = loadProblem(answer)

  return (
    <Container className="px-6 py-4">
      <section aria-label="Emails" className="flex flex-col gap-y-3">
        <Heading level="h2">Emails</Heading>
        <ProblemText size="small" problem={problem} />
        {!customer.email && <Text size="small">No email address.</Text>}
        {state && (
          <>
            {state.suppression && <Badge color="red" size="2xsmall">{`Suppressed: ${state.suppression.reason}`}</Badge>}
            {state.sends.length === 0 && !state.suppression && <Text size="small">No email sent yet.</Text>}
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
