import { parseWishlistOptions } from "../options"

const SUITE = {
  keys: { secret: "w".repeat(32) },
  storefrontUrl: "https://shop.example",
  backendUrl: "https://api.shop.example",
}

describe("parseWishlistOptions", () => {
  it("should need no option: core's secret signs, item links go to the storefront's cart", () => {
    const options = parseWishlistOptions({}, SUITE)
    expect(options.share).toEqual({ keys: SUITE.keys, ttlDays: 90 })
    expect(options.alerts.itemUrl).toBe("https://shop.example/cart?add={variant_id}")
  })

  it("should keep its own share secret and an absolute item link", () => {
    const options = parseWishlistOptions(
      { share: { secret: "o".repeat(32) }, alerts: { itemUrl: "https://cart.example/?v={variant_id}" } },
      SUITE
    )
    expect(options.share.keys).toEqual({ secret: "o".repeat(32), previousSecrets: [] })
    expect(options.alerts.itemUrl).toBe("https://cart.example/?v={variant_id}")
  })

  it.each([
    [{ share: { secret: "short" } }, "share.secret: expected a random string of 32+ characters"],
    [{ alerts: { itemUrl: "/cart" } }, "alerts.itemUrl: must contain {variant_id}"],
    [{ share: { ttlDays: 0 } }, "share.ttlDays"],
  ])("should name the wrong option in %j and where options are documented", (options, message) => {
    expect(() => parseWishlistOptions(options, SUITE)).toThrow(message)
    expect(() => parseWishlistOptions(options, SUITE)).toThrow("(see plugins/wishlist/README.md#options)")
  })
})
