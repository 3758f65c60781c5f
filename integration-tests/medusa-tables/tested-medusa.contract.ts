import { installedMedusaVersion, TESTED_MEDUSA_VERSIONS, warnIfUntestedMedusa } from "@touchpoints/core/medusa-tables"
import type { Contract } from "./contract"

const testedMedusa: Contract = () => {
  it("lists the Medusa release these contracts run on", () => {
    expect(TESTED_MEDUSA_VERSIONS).toContain(installedMedusaVersion())
  })

  it("warns once, naming the release, when Medusa is not a tested one", () => {
    const warnings: string[] = []
    const logger = { warn: (message: string) => warnings.push(message) }
    expect(warnIfUntestedMedusa(logger, "@touchpoints/test", "2.21.2")).toBe(false)
    expect(warnIfUntestedMedusa(logger, "@touchpoints/test", "2.99.0")).toBe(true)
    warnIfUntestedMedusa(logger, "@touchpoints/test", "2.99.0")
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain("Medusa 2.99.0")
  })
}

export default testedMedusa
