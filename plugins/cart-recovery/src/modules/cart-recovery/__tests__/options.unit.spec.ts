import { parseCartRecoveryOptions } from "../options"

const SUITE = {
  keys: { secret: "c".repeat(32) },
  storefrontUrl: "https://shop.example",
  backendUrl: "https://api.shop.example",
}
const parse = (options: unknown) => parseCartRecoveryOptions(options, SUITE)

describe("parseCartRecoveryOptions", () => {
  it("defaults to reminders after 1 h, 24 h and 72 h that need consent, core's keys and the storefront's cart", () => {
    expect(parse({})).toMatchObject({
      steps: [{ delayHours: 1 }, { delayHours: 24 }, { delayHours: 72 }],
      requireConsent: true,
      keys: SUITE.keys,
      linkLifetimeDays: 14,
      incentiveLifetimeDays: 7,
      recoveryUrl: "https://shop.example/cart?recover={token}",
    })
  })

  it("takes its own secret and a link as a path or an absolute URL", () => {
    expect(parse({ secret: "o".repeat(32), recoveryUrl: "/basket?r={token}" })).toMatchObject({
      keys: { secret: "o".repeat(32), previousSecrets: [] },
      recoveryUrl: "https://shop.example/basket?r={token}",
    })
    expect(parse({ recoveryUrl: "https://cart.example/?r={token}" }).recoveryUrl).toBe(
      "https://cart.example/?r={token}"
    )
  })

  it.each([
    [{ steps: [{ delayHours: 24 }, { delayHours: 1 }] }, "delays must increase"],
    [{ steps: [{ delayHours: 1, incentivePercent: 10 }] }, "first reminder cannot carry an incentive"],
    [{ recoveryUrl: "https://shop.example/cart" }, "recoveryUrl: must contain {token}"],
    [{ secret: "short" }, "secret: expected a random string of 32+ characters"],
    [{ linkLifetimeDays: 0 }, "linkLifetimeDays"],
    [{ incentiveLifetimeDays: 365 }, "incentiveLifetimeDays"],
    [{ stpes: [] }, "stpes"],
  ])("rejects %j", (options, message) => {
    expect(() => parse(options)).toThrow(message)
    expect(() => parse(options)).toThrow("(see plugins/cart-recovery/README.md#options)")
  })
})
