import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { ConsentHistory } from "../../../components/consent-history"
import { type AddressConsent, loadConsentPolicy } from "../../../lib/consent"

/** The consent rules in force (core's `email.consent` option), with what they mean legally. */
function ConsentRules() {
  const [policy, setPolicy] = useState<AddressConsent["policy"] | null>(null)
  useEffect(() => {
    loadConsentPolicy()
      .then(setPolicy)
      .catch(() => setPolicy(null))
  }, [])
  if (!policy) return null
  const single = policy.single_opt_in_flows
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">Consent settings</Heading>
      <Text size="small">
        {single.length
          ? `Single opt-in (a guest's checkbox counts at once): ${single.join(", ")}. Every other marketing flow uses double opt-in.`
          : "Every marketing flow uses double opt-in: a guest's checkbox counts once the address confirms it."}
        {` Confirmation links work for ${policy.confirmation_hours} hours.`}
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        Legal note: double opt-in is how you prove, under GDPR Art. 7(1) and Germany's UWG §7, that the owner of the
        address asked for marketing email. Single opt-in suits messages close to a transaction the person started (a
        reminder about their own cart) and only where your jurisdiction allows it; ask your lawyer. Set it with core's
        option email.consent.singleOptInFlows. An unsubscribe by link, by the logged-in customer or by you is never
        undone by an unconfirmed opt-in.
      </Text>
    </Container>
  )
}

/** Email consent: the rules in force, and any address's consent history (search by address). */
const ConsentPage = () => {
  const [typed, setTyped] = useState("")
  const [email, setEmail] = useState<string | null>(null)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h1">Email consent</Heading>
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault()
            setEmail(typed.trim() || null)
          }}
        >
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="tp-consent-search" size="small">
              Email address
            </Label>
            <Input
              id="tp-consent-search"
              type="email"
              size="small"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <Button size="small" type="submit">
            Show history
          </Button>
        </form>
        {email && <ConsentHistory email={email} />}
      </Container>
      <ConsentRules />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Email consent" })

export default ConsentPage
