import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { Container, Heading } from "@medusajs/ui"
import { adminFetch, Figures, loadProblem, PageTitle, ProblemText, useAdminQuery } from "@touchpoints/core/admin-kit"
import { useState } from "react"
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
  const [loaded] = useAdminQuery(["cart-recovery", "page"], async () => {
    const [answer, figures] = await Promise.all([
      adminFetch<{ settings: Settings }>("/admin/cart-recovery/settings"),
      adminFetch<{ stats: Stats }>("/admin/cart-recovery/stats"),
    ])
    return { settings: answer.settings, stats: figures.stats }
  })
  // the sequence as last saved here (the form's answer), else as loaded
  const [saved, setSaved] = useState<Settings | null>(null)
  const settings = saved ?? (loaded.state === "loaded" ? loaded.value.settings : null)
  const stats = loaded.state === "loaded" ? loaded.value.stats : null
  // bumped on each save, so the preview starts again from the saved sequence (the form keeps its status line)
  const [version, setVersion] = useState(0)

  const sentAt = (step: number) => stats?.emails_sent.find((row) => row.step === step)?.sent ?? 0

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <PageTitle
          className="px-6 py-4"
          title="Cart reminders"
          description={
            settings
              ? `Carts up to ${settings.max_cart_age_days} days old; ${settings.require_consent ? "only to shoppers who opted in" : "to every shopper with an email"}. ${settings.source === "owner" ? "Saved here (over the plugin's options)." : "From the plugin's options (save to change)."}`
              : "Reminders for carts left behind."
          }
        />
        <ProblemText className="px-6 py-4" problem={loadProblem(loaded)} />
        {settings && (
          <SequenceForm
            settings={settings}
            sentAt={sentAt}
            onSaved={(next) => {
              setSaved(next)
              setVersion((current) => current + 1)
            }}
          />
        )}
      </Container>
      {stats && (
        <Container className="px-6 py-4">
          <Heading level="h2">Last 30 days</Heading>
          <Figures
            className="pt-3"
            figures={[
              ["Carts abandoned", stats.carts_abandoned],
              ["Reminders sent", stats.emails_sent_total],
              ["Carts clicked", stats.carts_clicked],
              ["Carts recovered", stats.carts_recovered],
              ["Recovered revenue", money(stats.recovered_revenue)],
            ]}
          />
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
