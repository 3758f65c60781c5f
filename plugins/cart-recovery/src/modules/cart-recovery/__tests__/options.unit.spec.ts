import { parseCartRecoveryOptions } from "../options"

describe("parseCartRecoveryOptions", () => {
  it("defaults to reminders after 1 h, 24 h and 72 h that need consent", () => {
    expect(parseCartRecoveryOptions({})).toMatchObject({
      steps: [{ delayHours: 1 }, { delayHours: 24 }, { delayHours: 72 }],
      requireConsent: true,
    })
  })

  it.each([
    [{ steps: [{ delayHours: 24 }, { delayHours: 1 }] }, "delays must increase"],
    [{ steps: [{ delayHours: 1, incentivePercent: 10 }] }, "first reminder cannot carry an incentive"],
    [{ recoveryUrl: "https://shop.example/cart" }, "recoveryUrl: must contain {token}"],
    [{ stpes: [] }, "stpes"],
  ])("rejects %j", (options, message) => {
    expect(() => parseCartRecoveryOptions(options)).toThrow(message)
  })
})
