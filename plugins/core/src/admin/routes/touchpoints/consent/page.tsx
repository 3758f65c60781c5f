import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { ConsentHistory } from "../../../components/consent-history"
import { ConsentRules } from "../../../components/consent-rules"
import { TextField } from "../../../kit"

/** Email consent: the rules in force, and any address's consent history (search by address). */
const ConsentPage = () => {
  const [typed, setTyped] = useState("")
  const [email, setEmail] = useState<string | null>(null)
  const search = (event: FormEvent) => {
    event.preventDefault()
    setEmail(typed.trim() || null)
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h1">Email consent</Heading>
        <form className="flex items-end gap-2" onSubmit={search}>
          <TextField id="tp-consent-search" type="email" label="Email address" value={typed} onChange={setTyped} />
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
