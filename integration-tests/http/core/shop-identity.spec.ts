import type { MedusaContainer } from "@medusajs/framework/types"
import { scanAbandonedCarts } from "@touchpoints/cart-recovery/lib/scan-abandoned-carts"
import { createCartRecoveryShop } from "../../helpers/cart-recovery-shop"
import { useMailCatcher } from "../../helpers/mail"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(180_000)

// medusa-config reads these when the runner boots: core's `shop` of another shop than the demo, and a
// cart-recovery link given as a path (resolved against shop.storefrontUrl). Restored afterwards: later spec files
// of the same jest process boot the demo's identity again.
const SHOP_ENV = {
  TP_SHOP_NAME: "Leaf & Co",
  TP_EMAIL_FROM: "Leaf & Co <hello@leaf.example>",
  TP_EMAIL_REPLY_TO: "help@leaf.example",
  TP_SHOP_POSTAL_ADDRESS: "Leaf & Co, 7 Tea Road, 20095 Hamburg, Germany",
  TP_STOREFRONT_URL: "https://leaf.example/en/",
  MEDUSA_BACKEND_URL: "http://api.leaf.example",
  TP_CART_RECOVERY_URL: "/basket?recover={token}",
}
const saved = Object.fromEntries(Object.keys(SHOP_ENV).map((key) => [key, process.env[key]]))
Object.assign(process.env, SHOP_ENV)
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

const mail = useMailCatcher(25_271)

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let shop: Awaited<ReturnType<typeof createCartRecoveryShop>>

    beforeEach(async () => {
      container = getContainer()
      shop = await createCartRecoveryShop(container, api)
    })

    describe("an email of the suite", () => {
      it("should go out with the shop's identity: From, Reply-To, footer, links on the shop's URLs", async () => {
        const cartId = await shop.abandonedCart({ email: "ada@example.test" })
        await shop.idleFor(cartId, 2)
        expect((await scanAbandonedCarts(container)).outcomes).toEqual({ sent: 1 })

        const [message] = await mail.catcher().waitForMessages(1)
        expect(message.headers.from).toBe('"Leaf & Co" <hello@leaf.example>')
        expect(message.from).toBe("hello@leaf.example")
        expect(message.headers["reply-to"]).toBe("help@leaf.example")
        // the shared layout: the shop's name links to the storefront; the footer carries name and postal address
        expect(message.html).toContain('href="https://leaf.example/en/"')
        expect(message.text).toContain("Leaf & Co · Leaf & Co, 7 Tea Road, 20095 Hamburg, Germany")
        expect(message.text).not.toContain("Touchpoints Demo Store")
        // one-click unsubscribe on this server's public URL; the reminder's link on the storefront
        expect(message.headers["list-unsubscribe"]).toMatch(
          /^<http:\/\/api\.leaf\.example\/touchpoints\/unsubscribe\/[\w.-]+>$/
        )
        expect(message.text).toMatch(/https:\/\/leaf\.example\/en\/basket\?recover=[\w.%-]+/)
      })
    })
  },
})
