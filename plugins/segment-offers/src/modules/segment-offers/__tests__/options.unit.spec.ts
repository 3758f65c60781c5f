import { parseSegmentOffersOptions } from "../options"

const SUITE = {
  keys: { secret: "o".repeat(32) },
  storefrontUrl: "https://shop.example/",
  backendUrl: "https://api.shop.example",
}

describe("parseSegmentOffersOptions", () => {
  it("should need no option: core's secret signs, offer links go to the storefront's home page", () => {
    expect(parseSegmentOffersOptions({}, SUITE)).toMatchObject({
      keys: SUITE.keys,
      offerUrl: "https://shop.example/?tp_offer={offer_id}&tp_offer_token={token}",
    })
  })

  it("should name a wrong link or secret", () => {
    expect(() => parseSegmentOffersOptions({ offerUrl: "/offers" }, SUITE)).toThrow("offerUrl: must contain {token}")
    expect(() => parseSegmentOffersOptions({ secret: "x" }, SUITE)).toThrow("secret: expected a random string")
  })
})
