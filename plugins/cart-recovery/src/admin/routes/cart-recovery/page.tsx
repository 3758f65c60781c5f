import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../../lib/admin-fetch"
import type { Settings, Stats } from "../../lib/types"
import { ReminderPreview } from "./reminder-preview"
import { SequenceForm } from "./sequence-form"

const money = (amounts: Stats["recovered_revenue"]) =>
  amounts.length ? amounts.map((a) => `${a.amount.toFixed(2)} ${a.currency_code.toUpperCase()}`).join(", ") : "0"

/**
 * Cart reminders: the sequence in effect (editable), what it did in the last 30 days and each reminder as sent
 * under the saved sequence.
 */
const CartRecoveryPage = () => {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [stats, setStats] = useState<Stats | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  // bumped on each save, so the preview starts again from the saved sequence (the form keeps its status line)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    Promise.all([
      adminFetch<{ settings: Settings }>("/admin/cart-recovery/settings"),
      adminFetch<{ stats: Stats }>("/admin/cart-recovery/stats"),
    ])
      .then(([loadedSettings, loadedStats]) => {
        setSettings(loadedSettings.settings)
        setStats(loadedStats.stats)
      })
      .catch((error: Error) => setProblem(error.message))
  }, [])

  const sentAt = (step: number) => stats?.emails_sent.find((row) => row.step === step)?.sent ?? 0

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Cart reminders</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {settings
              ? `Carts up to ${settings.max_cart_age_days} days old; ${settings.require_consent ? "only to shoppers who opted in" : "to every shopper with an email"}. ${settings.source === "owner" ? "Saved here (over the plugin's options)." : "From the plugin's options (save to change)."}`
              : "Reminders for carts left behind."}
          </Text>
        </div>
        {problem && (
          <Text className="px-6 py-4 text-ui-fg-error" role="alert">
            {problem}
          </Text>
        )}
        {settings && (
          <SequenceForm
            settings={settings}
            sentAt={sentAt}
            onSaved={(saved) => {
              setSettings(saved)
              setVersion((current) => current + 1)
            }}
          />
        )}
      </Container>
      {stats && (
        <Container className="px-6 py-4">
          <Heading level="h2">Last 30 days</Heading>
          <dl className="flex flex-wrap gap-x-10 gap-y-2 pt-3">
            {[
              ["Carts abandoned", stats.carts_abandoned],
              ["Reminders sent", stats.emails_sent_total],
              ["Carts clicked", stats.carts_clicked],
              ["Carts recovered", stats.carts_recovered],
              ["Recovered revenue", money(stats.recovered_revenue)],
            ].map(([name, value]) => (
              <div key={name} className="flex flex-col">
                <dt className="text-ui-fg-subtle text-xs">{name}</dt>
                <dd className="text-xl font-medium" data-figure={name}>
                  {value}
                </dd>
              </div>
            ))}
          </dl>
        </Container>
      )}
      {settings && (
        <Container className="flex flex-col gap-y-3 px-6 py-4">
          <Heading level="h2">Preview</Heading>
          <ReminderPreview key={version} steps={settings.steps.map((step) => step.step)} />
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Cart reminders", icon: ShoppingCart })

export default CartRecoveryPage
