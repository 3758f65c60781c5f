import { join } from "node:path"
import { configManager } from "@medusajs/framework/config"
import { resolveCoreOptions } from "../../modules/visitor/options"
import { checkPluginOptions } from "../check-plugin-options"
import { DEMO_SIGNING_SECRETS, demoSecretPaths } from "../shop-options"
import { ownPreviousSecretsSchema, ownSecretSchema } from "../suite-options"

const REAL = "k3Yq0v9yJtq1bHc2m7xWQm6rR8s1tV4uZ0aB2cD4eF6g"
const PRODUCTION_SHOP = {
  name: "My Shop",
  storefrontUrl: "https://shop.example",
  backendUrl: "https://api.shop.example",
  postalAddress: "My Shop, 1 Main St, Springfield",
}
const LONG_DEMO_SECRETS = DEMO_SIGNING_SECRETS.filter((secret) => secret.length >= 32)

/** Runs `body` with NODE_ENV as given (the touchpoint plugins' own secret options decide when they parse). */
function withNodeEnv<T>(value: string, body: () => T): T {
  const before = process.env.NODE_ENV
  process.env.NODE_ENV = value
  try {
    return body()
  } finally {
    process.env.NODE_ENV = before
  }
}

describe("signing secrets fail closed in production", () => {
  it.each(LONG_DEMO_SECRETS)("should refuse core's secret %j naming the option and how to make one", (demo) => {
    expect(() => resolveCoreOptions({ secret: demo, shop: PRODUCTION_SHOP }, true)).toThrow(
      /^@touchpoints\/core: invalid plugin options: secret: is a public demo value, refused when NODE_ENV=production: make one with `openssl rand -base64 48`/
    )
  })

  it.each([
    [
      { shop: PRODUCTION_SHOP },
      /secret: required: a random string of 32\+ characters \(make one with `openssl rand -base64 48`\)/,
    ],
    [{ secret: "short", shop: PRODUCTION_SHOP }, /secret: expected a random string of 32\+ characters/],
    [
      { secret: REAL, previousSecrets: [LONG_DEMO_SECRETS[0]], shop: PRODUCTION_SHOP },
      /previousSecrets\.0: is a public demo value/,
    ],
  ])("should refuse %j", (options, message) => {
    expect(() => resolveCoreOptions(options, true)).toThrow(message)
  })

  it("should take a real secret and previous secrets in production", () => {
    const options = resolveCoreOptions({ secret: REAL, previousSecrets: [`${REAL}-old`], shop: PRODUCTION_SHOP }, true)
    expect(options.previousSecrets).toEqual([`${REAL}-old`])
  })

  it("should refuse a plugin's own demo secret or previous secret under NODE_ENV=production only", () => {
    const demo = LONG_DEMO_SECRETS[0]
    withNodeEnv("production", () => {
      expect(ownSecretSchema.safeParse(demo).success).toBe(false)
      expect(ownPreviousSecretsSchema.safeParse([demo]).success).toBe(false)
      expect(ownSecretSchema.safeParse(REAL).success).toBe(true)
    })
    withNodeEnv("development", () => expect(ownSecretSchema.safeParse(demo).success).toBe(true))
  })

  it("should take a demo secret outside production (the local demo)", () => {
    expect(resolveCoreOptions({ secret: LONG_DEMO_SECRETS[0], shop: { name: "Demo" } }, false).secret).toBe(
      LONG_DEMO_SECRETS[0]
    )
  })
})

describe("demo secrets outside production", () => {
  it("should find every option named secret / previousSecrets holding a demo value", () => {
    const demo = LONG_DEMO_SECRETS[0]
    expect(demoSecretPaths({ secret: demo, share: { secret: demo, previousSecrets: [REAL, demo] } })).toEqual([
      "secret",
      "share.secret",
      "share.previousSecrets.1",
    ])
    expect(demoSecretPaths({ secret: REAL })).toEqual([])
  })

  it("should warn through the plugin's option check, naming the option", () => {
    configManager.loadConfig({
      projectConfig: {
        projectConfig: { http: { jwtSecret: "x", cookieSecret: "x" } },
        plugins: [{ resolve: "@touchpoints/core", options: { secret: LONG_DEMO_SECRETS[0] } }],
      } as never,
      baseDir: join(__dirname, "../../../../.."),
      throwOnValidationError: false,
    })
    const warn = jest.fn()
    withNodeEnv("development", () => checkPluginOptions("@touchpoints/core", __dirname, () => undefined, warn))
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^@touchpoints\/core: option secret is a public demo value/)
    )
  })
})
