import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { ProblemText, TextField } from "../kit"
import { type ConsentPolicy, loadConsentPolicy, saveConsentPolicy } from "../lib/consent"

const FLOWS = /^[a-z][a-z0-9-]{0,63}$/
const flowsOf = (typed: string) =>
  typed
    .split(",")
    .map((flow) => flow.trim())
    .filter(Boolean)

/** The consent settings: which flows are single opt-in (editable), with what that means legally. */
export function ConsentRules() {
  const [policy, setPolicy] = useState<ConsentPolicy | null>(null)
  const [typed, setTyped] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    loadConsentPolicy()
      .then((loaded) => {
        setPolicy(loaded)
        setTyped(loaded.single_opt_in_flows.join(", "))
      })
      .catch((error: Error) => setProblem(error.message))
  }, [])
  const flows = flowsOf(typed)
  const valid = flows.every((flow) => FLOWS.test(flow))
  const save = () => {
    setSaving(true)
    setProblem(null)
    saveConsentPolicy(flows)
      .then((saved) => {
        setPolicy(saved)
        setTyped(saved.single_opt_in_flows.join(", "))
      })
      .catch((error: Error) => setProblem(error.message))
      .finally(() => setSaving(false))
  }
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">Consent settings</Heading>
      <ProblemText size="small" problem={problem} />
      {policy && (
        <>
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(event) => {
              event.preventDefault()
              if (valid) save()
            }}
          >
            <TextField
              id="tp-single-opt-in"
              label="Single opt-in flows (comma-separated, e.g. cart-recovery)"
              value={typed}
              onChange={setTyped}
            />
            <Button size="small" type="submit" disabled={saving || !valid}>
              Save
            </Button>
          </form>
          <Text size="small">
            {`A guest's checkbox counts at once for: ${policy.single_opt_in_flows.join(", ") || "no flow"}. Every other marketing flow uses double opt-in: it counts once the address confirms it (links work ${policy.confirmation_hours} hours). ${policy.set_in === "admin" ? "Saved here; overrides core's option." : "From core's option email.consent.singleOptInFlows."}`}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            Legal note: double opt-in is how you prove that the owner of an address asked for marketing email (GDPR Art.
            7(1); Germany's UWG §7 and courts expect it). Single opt-in suits messages close to a transaction the person
            started, such as a reminder about their own cart, and only where your jurisdiction allows it: ask your
            lawyer. Whatever you choose, an unsubscribe by link, by the logged-in customer or by you is never undone by
            an unconfirmed opt-in.
          </Text>
        </>
      )}
    </Container>
  )
}
