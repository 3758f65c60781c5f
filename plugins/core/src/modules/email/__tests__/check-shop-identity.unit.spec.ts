import type { LoaderOptions } from "@medusajs/framework/types"
import checkShopIdentityLoader from "../loaders/check-shop-identity"

const SECRET = "k".repeat(32)
const LOCAL_DEMO = {
  name: "Demo",
  storefrontUrl: "http://localhost:9000/demo/",
  backendUrl: "http://localhost:9000",
  postalAddress: "Demo, 1 Example Street, Berlin",
}

function boot(options: Record<string, unknown>) {
  const warn = jest.fn()
  const container = { resolve: () => ({ warn }) } as unknown as LoaderOptions["container"]
  return { warn, run: () => checkShopIdentityLoader({ options, container } as LoaderOptions) }
}

describe("the email module's shop identity check at boot", () => {
  const nodeEnv = process.env.NODE_ENV
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv
  })

  it("should run a production store on localhost (the demo) with a warning per local URL", async () => {
    process.env.NODE_ENV = "production"
    const { warn, run } = boot({ secret: SECRET, shop: LOCAL_DEMO })
    await run()
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("shop.storefrontUrl http://localhost:9000/demo/"))
  })

  it("should stop a production store without shop.backendUrl in one line", async () => {
    process.env.NODE_ENV = "production"
    const { run } = boot({ secret: SECRET, shop: { ...LOCAL_DEMO, backendUrl: undefined } })
    await expect(run()).rejects.toThrow(
      /^@touchpoints\/core: invalid plugin options: shop\.backendUrl: required in production: this Medusa server's public URL/
    )
  })

  it("should neither warn nor stop in development", async () => {
    process.env.NODE_ENV = "development"
    const { warn, run } = boot({ secret: SECRET, shop: { name: "Demo" } })
    await run()
    expect(warn).not.toHaveBeenCalled()
  })
})
