import { Badge, Button, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { ProblemText, TableHead, TextField } from "../kit"
import {
  type AddressConsent,
  flowName,
  loadAddressConsent,
  recordOwnerConsent,
  sourceLabel,
  stateLabel,
} from "../lib/consent"

const FLOW = /^(\*|[a-z][a-z0-9-]{0,63})$/

/**
 * An address's consent: the effective choice per flow, every change oldest first with its source and proof, and
 * a form for the owner's own opt-in or opt-out (recorded as a verified change with the admin user's id).
 */
export function ConsentHistory({ email }: { email: string }) {
  const [consent, setConsent] = useState<AddressConsent | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [flow, setFlow] = useState("*")
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    let current = true
    setConsent(null)
    setProblem(null)
    loadAddressConsent(email)
      .then((loaded) => current && setConsent(loaded))
      .catch((error: Error) => current && setProblem(error.message))
    return () => {
      current = false
    }
  }, [email])

  const record = (granted: boolean) => {
    setSaving(true)
    setProblem(null)
    recordOwnerConsent(email, flow, granted)
      .then(setConsent)
      .catch((error: Error) => setProblem(error.message))
      .finally(() => setSaving(false))
  }

  return (
    <div className="flex flex-col gap-y-3">
      <ProblemText size="small" problem={problem} />
      {!consent && !problem && <Text size="small">Loading consent...</Text>}
      {consent && (
        <>
          {consent.states.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle" data-testid="tp-customer-consent">
              No choice recorded: marketing emails that need an opt-in are not sent.
            </Text>
          ) : (
            <ul data-testid="tp-customer-consent" className="flex flex-wrap gap-2">
              {consent.states.map((state) => (
                <li key={state.flow}>
                  <Badge size="2xsmall" color={state.granted ? "green" : state.granted === false ? "red" : "grey"}>
                    {`${flowName(state.flow)}: ${stateLabel(state)}`}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
          {consent.history.length > 0 && (
            <Table aria-label="Consent history">
              <TableHead columns={["When", "Flow", "Choice", "Source", "Proof"]} />
              <Table.Body>
                {consent.history.map((change) => (
                  <Table.Row key={change.id}>
                    <Table.Cell>{new Date(change.recorded_at).toLocaleString()}</Table.Cell>
                    <Table.Cell>{flowName(change.flow)}</Table.Cell>
                    <Table.Cell>{change.granted ? "opt-in" : "opt-out"}</Table.Cell>
                    <Table.Cell>{sourceLabel(change.source)}</Table.Cell>
                    <Table.Cell>
                      {change.cart_id ? `${change.proof} (cart ${change.cart_id})` : change.proof}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(event) => event.preventDefault()}
            aria-label="Record the owner's choice"
          >
            <TextField
              id={`tp-consent-flow-${email}`}
              label={'Flow ("*" for every flow)'}
              value={flow}
              onChange={(typed) => setFlow(typed.trim())}
            />
            <Button size="small" variant="secondary" disabled={saving || !FLOW.test(flow)} onClick={() => record(true)}>
              Opt in
            </Button>
            <Button
              size="small"
              variant="secondary"
              disabled={saving || !FLOW.test(flow)}
              onClick={() => record(false)}
            >
              Opt out
            </Button>
          </form>
          <Text size="xsmall" className="text-ui-fg-subtle">
            Record a choice only when the person gave it to you (in writing, by phone): it counts as verified and
            overrides their unsubscribe.
          </Text>
        </>
      )}
    </div>
  )
}
