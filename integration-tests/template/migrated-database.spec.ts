import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

jest.setTimeout(300_000)

// `npm test` runs this once before the HTTP specs: Medusa's runner migrates a fresh database (modules, links,
// search indexes) exactly as it does for every spec, and the result is kept as TP_HTTP_TEMPLATE_DB, which
// integration-tests/helpers/runner.ts copies for each spec file instead of migrating again.
medusaIntegrationTestRunner({
  testSuite: ({ dbUtils }) => {
    it("keeps the freshly migrated database as the HTTP specs' template", async () => {
      const templateName = process.env.TP_HTTP_TEMPLATE_DB
      if (!templateName) throw new Error("TP_HTTP_TEMPLATE_DB names the template to make")
      await dbUtils.snapshot({ templateName })
    })
  },
})
