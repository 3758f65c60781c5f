import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { adminFetch, PageTitle, ProblemText, TableHead } from "@touchpoints/core/admin-kit"
import { Fragment, useCallback, useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { NextStepsPanel } from "../../components/next-steps-panel"
import type { Audit, GroupSettings } from "../../lib/types"
import { GroupSettingsForm } from "./group-settings-form"
import { ReplacementsSection } from "./replacements-section"

const AUDIT_PAGE = 200

/** Product pages that never dead-end: the three link groups' settings and the audit of pages that fall short. */
const NextStepsPage = () => {
  const [settings, setSettings] = useState<GroupSettings | null>(null)
  const [audit, setAudit] = useState<Audit | null>(null)
  const [auditing, setAuditing] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [fixing, setFixing] = useState<string | null>(null)

  const runAudit = useCallback(async () => {
    setAuditing(true)
    try {
      setAudit(await adminFetch<Audit>(`/admin/next-steps/audit?limit=${AUDIT_PAGE}`))
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setAuditing(false)
    }
  }, [])

  useEffect(() => {
    adminFetch<{ settings: GroupSettings }>("/admin/next-steps/settings")
      .then((answer) => setSettings(answer.settings))
      .catch((error: Error) => setProblem(error.message))
    void runAudit()
  }, [runAudit])

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <PageTitle
          className="px-6 py-4"
          title="Next steps"
          description="Every product page offers three link groups, also when the product is sold out, unpublished or gone."
        />
        <ProblemText className="px-6 py-4" problem={problem} />
        {settings && <GroupSettingsForm settings={settings} onSaved={setSettings} />}
      </Container>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h2">Dead-end audit</Heading>
            <Text size="small" className="text-ui-fg-subtle" role="status" data-testid="tp-audit-summary">
              {auditing && "Checking every product page..."}
              {!auditing &&
                audit &&
                `${audit.dead_ends.length} of ${audit.checked} product pages show fewer links than configured.`}
            </Text>
          </div>
          <Button size="small" variant="secondary" onClick={() => void runAudit()} isLoading={auditing}>
            <ArrowPath />
            Run again
          </Button>
        </div>
        {audit && audit.dead_ends.length > 0 && (
          <Table aria-label="Dead ends">
            <TableHead columns={["Product", "Groups short", "Why", ""]} />
            <Table.Body>
              {audit.dead_ends.map((deadEnd) => (
                <Fragment key={deadEnd.product_id}>
                  <Table.Row data-product-id={deadEnd.product_id}>
                    <Table.Cell>
                      <Link to={`/products/${deadEnd.product_id}`} className="text-ui-fg-interactive">
                        {deadEnd.title}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      {deadEnd.groups
                        .filter((group) => group.links < group.wanted)
                        .map((group) => `${group.key} ${group.links}/${group.wanted}`)
                        .join(", ")}
                    </Table.Cell>
                    <Table.Cell className="whitespace-normal">{deadEnd.reason}</Table.Cell>
                    <Table.Cell>
                      <Button
                        size="small"
                        variant="secondary"
                        aria-expanded={fixing === deadEnd.product_id}
                        onClick={() => setFixing(fixing === deadEnd.product_id ? null : deadEnd.product_id)}
                      >
                        {fixing === deadEnd.product_id ? "Close" : "Fix"}
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                  {fixing === deadEnd.product_id && (
                    <Table.Row>
                      <td colSpan={4} className="px-6 py-4">
                        <NextStepsPanel productId={deadEnd.product_id} />
                      </td>
                    </Table.Row>
                  )}
                </Fragment>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      <ReplacementsSection />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Next steps", icon: ArrowPath })

export default NextStepsPage
