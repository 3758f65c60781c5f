import { readdirSync } from "node:fs"
import { join } from "node:path"
import { httpTestRunner } from "../../helpers/runner"
import { type Contract, medusaDbOf } from "../../medusa-tables/contract"

jest.setTimeout(120_000)

/**
 * Contract tests of core's Medusa-table queries (plugins/core/src/medusa-tables): each runs against Medusa's real
 * migrated schema with rows made by Medusa's own workflows, so a Medusa release that changes its private schema
 * fails here, not in a shop. Every `*.contract.ts` in integration-tests/medusa-tables runs in this one store
 * (one server start for all of them).
 */
const folder = join(__dirname, "../../medusa-tables")
const contracts = readdirSync(folder)
  .filter((name) => name.endsWith(".contract.ts"))
  .sort()

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    const context = { api, container: getContainer, db: () => medusaDbOf(getContainer()) }
    it("finds contract files", () => {
      expect(contracts.length).toBeGreaterThan(0)
    })
    for (const name of contracts) {
      describe(name.replace(/\.contract\.ts$/, ""), () => {
        const contract = require(join(folder, name)).default as Contract
        contract(context)
      })
    }
  },
})
