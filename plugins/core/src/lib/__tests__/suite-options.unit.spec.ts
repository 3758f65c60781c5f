import { join } from "node:path"
import { configManager } from "@medusajs/framework/config"
import { linkOptionSchema, storefrontLink, suiteIdentity } from "../suite-options"

const HOST_ROOT = join(__dirname, "../../../../..")
const SECRET = "s".repeat(32)

const loadConfig = (plugins: unknown[]) =>
  configManager.loadConfig({
    projectConfig: { projectConfig: { http: { jwtSecret: "x", cookieSecret: "x" } }, plugins } as never,
    baseDir: HOST_ROOT,
    throwOnValidationError: false,
  })

describe("suiteIdentity", () => {
  it("should stop a plugin when no config is loaded, naming core's secret", () => {
    expect(() => suiteIdentity("@touchpoints/wishlist")).toThrow(
      "@touchpoints/wishlist: needs @touchpoints/core registered in medusa-config `plugins` with its option `secret`"
    )
  })

  it("should read core's secret and shop URLs from its medusa-config entry", () => {
    loadConfig([
      "@touchpoints/wishlist",
      {
        resolve: "@touchpoints/core",
        options: { secret: SECRET, shop: { name: "My Shop", storefrontUrl: "https://shop.example/" } },
      },
    ])
    expect(suiteIdentity("@touchpoints/wishlist", false)).toEqual({
      keys: { secret: SECRET, previousSecrets: [] },
      storefrontUrl: "https://shop.example/",
      backendUrl: "http://localhost:9000",
    })
  })

  it("should stop a plugin installed without core, naming core's secret", () => {
    loadConfig([{ resolve: "@touchpoints/feedback", options: {} }])
    expect(() => suiteIdentity("@touchpoints/feedback", false)).toThrow(
      /^@touchpoints\/feedback: needs @touchpoints\/core .* option `secret`/
    )
  })

  it("should stop when core has no secret, naming @touchpoints/core and its option secret", () => {
    loadConfig([{ resolve: "@touchpoints/core", options: { shop: { name: "My Shop" } } }])
    expect(() => suiteIdentity("@touchpoints/feedback", false)).toThrow(
      /^@touchpoints\/core: invalid plugin options: secret: required/
    )
  })
})

describe("link options", () => {
  const suite = { storefrontUrl: "https://shop.example/en/" }

  it("should resolve a path against the storefront's URL, keeping its path, and keep absolute URLs", () => {
    expect(storefrontLink(suite, "/cart?recover={token}")).toBe("https://shop.example/en/cart?recover={token}")
    expect(storefrontLink({ storefrontUrl: "https://shop.example" }, "/?tp_offer={offer_id}")).toBe(
      "https://shop.example/?tp_offer={offer_id}"
    )
    expect(storefrontLink(suite, "https://other.example/c?r={token}")).toBe("https://other.example/c?r={token}")
  })

  it.each([
    ["cart?recover={token}", "expected an absolute http(s) URL or a path"],
    ["ftp://shop.example/{token}", "expected an absolute http(s) URL or a path"],
    ["/cart", "must contain {token}"],
  ])("should refuse %s", (url, message) => {
    const result = linkOptionSchema("{token}").safeParse(url)
    expect(result.error?.issues.map((issue) => issue.message).join("; ")).toContain(message)
  })
})
