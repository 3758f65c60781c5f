import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { ConsentHistory } from "../components/consent-history"

/** On a customer's page: their email consent per flow and every change with its source and proof. */
const CustomerConsentHistoryWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => (
  <Container className="px-6 py-4">
    <section aria-label="Email consent" className="flex flex-col gap-y-3">
      <Heading level="h2">Email consent</Heading>
      {customer.email ? <ConsentHistory email={customer.email} /> : <Text size="small">No email address.</Text>}
    </section>
  </Container>
)

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerConsentHistoryWidget
