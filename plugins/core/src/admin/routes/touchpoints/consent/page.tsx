import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label } from "@medusajs/ui"
import { useState } from "react"
import { ConsentHistory } from "../../../components/consent-history"
import { ConsentRules } from "../../../components/consent-rules"

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
