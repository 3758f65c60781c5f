import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { downloadPersonalData, erasePersonalData } from "../lib/personal-data"

/**
 * On a customer's page: download everything Touchpoints keeps about them (an access request), or erase it (an
 * erasure request; the opt-out stays, hashed, so they are never mailed again against their choice).
 */
const CustomerPersonalDataWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const prompt = usePrompt()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const run = async (work: () => Promise<string>) => {
    setBusy(true)
    try {
      setMessage({ text: await work(), error: false })
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true })
    } finally {
      setBusy(false)
    }
  }

  const exportData = () =>
    run(async () => {
      await downloadPersonalData(customer.id)
      return "Export downloaded."
    })

  const eraseData = async () => {
    const confirmed = await prompt({
      title: `Erase ${customer.email ?? "this customer"}'s Touchpoints data?`,
      description:
        "Lists, reminders, surveys, offers, visitor profile, consent history and sent emails are deleted for good. Only an opt-out is kept, hashed, so the address stays unsubscribed. The Medusa customer, carts and orders are not touched.",
      confirmText: "Erase",
      cancelText: "Keep it",
    })
    if (!confirmed) return
    await run(async () => `Erased ${await erasePersonalData(customer.id)} records.`)
  }

  return (
    <Container className="px-6 py-4">
      <section aria-label="Personal data" className="flex flex-col gap-y-3">
        <Heading level="h2">Personal data</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          What Touchpoints keeps about this customer, for an access or erasure request.
        </Text>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" disabled={busy} onClick={exportData}>
            Export data
          </Button>
          <Button size="small" variant="danger" disabled={busy} onClick={eraseData}>
            Erase Touchpoints data
          </Button>
        </div>
        {message && (
          <Text
            size="small"
            className={message.error ? "text-ui-fg-error" : undefined}
            role={message.error ? "alert" : "status"}
          >
            {message.text}
          </Text>
        )}
      </section>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.side.after" })

export default CustomerPersonalDataWidget
