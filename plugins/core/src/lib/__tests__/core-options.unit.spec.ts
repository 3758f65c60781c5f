import { resolveCoreOptions } from "../../modules/visitor/options"
import { localShopUrlWarnings } from "../shop-options"

const SECRET = "x".repeat(32)
const SHOP = { name: "My Shop" }
const PRODUCTION_SHOP = {
  name: "My Shop",
  storefrontUrl: "https://shop.example",
  backendUrl: "https://api.shop.example",
  postalAddress: "My Shop, 1 Main St, Springfield",
}

describe("core options: secret and shop", () => {
  describe("in development", () => {
    it("should need only a secret and the shop's name, with the URLs on Medusa's local ports", () => {
      const { secret, shop } = resolveCoreOptions({ secret: SECRET, shop: SHOP }, false)
      expect(secret).toBe(SECRET)
      expect(shop).toEqual({
        name: "My Shop",
        storefrontUrl: "http://localhost:8000",
        backendUrl: "http://localhost:9000",
        primaryColor: "#1f6feb",
        textColor: "#1f2328",
        backgroundColor: "#f6f8fa",
      })
    })

    it.each([
      [{ shop: SHOP }, /secret: required: a random string of 32\+ characters/],
      [{ secret: "too-short", shop: SHOP }, /secret: expected a random string of 32\+ characters/],
      [{ secret: SECRET }, /shop: required: the shop's identity/],
      [{ secret: SECRET, shop: {} }, /shop\.name: required: the shop's name/],
      [{ secret: SECRET, shop: { ...SHOP, storefrontUrl: "shop.example" } }, /shop\.storefrontUrl: expected/],
      [{ secret: SECRET, shop: { ...SHOP, backendUrl: "ftp://api.example" } }, /shop\.backendUrl: expected/],
      [{ secret: SECRET, shop: { ...SHOP, url: "https://shop.example" } }, /shop url/],
    ])("should stop on %j with one line naming the option and its docs", (options, message) => {
      expect(() => resolveCoreOptions(options, false)).toThrow(message)
      expect(() => resolveCoreOptions(options, false)).toThrow(
        /^@touchpoints\/core: invalid plugin options: .* \(see plugins\/core\/README\.md#options\)$/
      )
    })
  })

  describe("in production (NODE_ENV=production)", () => {
    it("should take a complete shop", () => {
      const { shop } = resolveCoreOptions({ secret: SECRET, shop: PRODUCTION_SHOP }, true)
      expect(shop).toMatchObject(PRODUCTION_SHOP)
    })

    it.each([
      ["storefrontUrl", /shop\.storefrontUrl: required in production: the storefront's public URL/],
      ["backendUrl", /shop\.backendUrl: required in production: this Medusa server's public URL/],
      ["postalAddress", /shop\.postalAddress: required in production/],
    ])("should stop without shop.%s (links to localhost would reach shoppers)", (key, message) => {
      const shop: Record<string, string> = { ...PRODUCTION_SHOP }
      delete shop[key]
      expect(() => resolveCoreOptions({ secret: SECRET, shop }, true)).toThrow(message)
    })

    it("should take localhost URLs (the local demo) and only warn about them", () => {
      const local = {
        ...PRODUCTION_SHOP,
        storefrontUrl: "http://localhost:9000/demo/",
        backendUrl: "http://localhost:9000",
      }
      const { shop } = resolveCoreOptions({ secret: SECRET, shop: local }, true)
      expect(localShopUrlWarnings(shop)).toEqual([
        expect.stringContaining("shop.storefrontUrl http://localhost:9000/demo/ points at this machine"),
        expect.stringContaining("shop.backendUrl http://localhost:9000 points at this machine"),
      ])
      expect(localShopUrlWarnings(PRODUCTION_SHOP)).toEqual([])
    })
  })
})
