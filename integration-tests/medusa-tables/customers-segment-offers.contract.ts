import {
  createCustomerGroupsWorkflow,
  createCustomersWorkflow,
  deleteCustomersWorkflow,
  linkCustomersToCustomerGroupWorkflow,
} from "@medusajs/medusa/core-flows"
import { customersWithGroupsAndCountry } from "@touchpoints/core/medusa-tables"
import type { Contract } from "./contract"

/** segment-offers' question about customers: account flag, groups and default country, for a page of ids. */
const customersSegmentOffers: Contract = ({ container, db }) => {
  it("answers each customer's account flag, sorted groups and default shipping country; deleted ones are absent", async () => {
    const { result: customers } = await createCustomersWorkflow(container()).run({
      input: {
        customersData: [
          {
            email: "contract-groups@example.test",
            has_account: true,
            addresses: [
              { address_1: "Old 1", country_code: "fr", is_default_shipping: false },
              { address_1: "Main 1", country_code: "de", is_default_shipping: true },
            ],
          },
          { email: "contract-plain@example.test" },
          { email: "contract-deleted@example.test" },
        ],
      },
    })
    // the workflow does not answer in input order: take each customer by email
    const byEmail = (email: string) => {
      const customer = customers.find((made) => made.email === email)
      if (!customer) throw new Error(`createCustomersWorkflow made no ${email}`)
      return customer
    }
    const grouped = byEmail("contract-groups@example.test")
    const plain = byEmail("contract-plain@example.test")
    const deleted = byEmail("contract-deleted@example.test")
    const { result: groups } = await createCustomerGroupsWorkflow(container()).run({
      input: { customersData: [{ name: "contract-b" }, { name: "contract-a" }] },
    })
    for (const group of groups) {
      await linkCustomersToCustomerGroupWorkflow(container()).run({
        input: { id: group.id, add: [grouped.id], remove: [] },
      })
    }
    await deleteCustomersWorkflow(container()).run({ input: { ids: [deleted.id] } })

    const rows = await customersWithGroupsAndCountry(db(), [grouped.id, plain.id, deleted.id, grouped.id])
    const byId = new Map(rows.map((row) => [row.id, row]))
    expect(rows).toHaveLength(2)
    expect(byId.get(grouped.id)).toEqual({
      id: grouped.id,
      has_account: true,
      group_ids: groups.map((group) => group.id).sort(),
      country_code: "de",
    })
    expect(byId.get(plain.id)).toEqual({ id: plain.id, has_account: false, group_ids: [], country_code: null })
    expect(await customersWithGroupsAndCountry(db(), [])).toEqual([])
  })
}

export default customersSegmentOffers
