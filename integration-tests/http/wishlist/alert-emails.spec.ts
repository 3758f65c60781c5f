import { Modules } from "@medusajs/framework/utils"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { TestEventUtils } from "@medusajs/test-utils"
import { sendWishlistAlerts } from "@touchpoints/wishlist/lib/send-wishlist-alerts"
import { WishlistEvents } from "@touchpoints/wishlist/workflows"
import { type Catalog, createCatalog } from "../../helpers/catalog"
import { registerCustomer } from "../../helpers/customers"
import { explain } from "../../helpers/http"
import { useMailCatcher } from "../../helpers/mail"
import { httpTestRunner } from "../../helpers/runner"
import { createPublishableKey } from "../../helpers/store-fixtures"
import { shopperHeaders } from "../../helpers/wishlist"

jest.setTimeout(180_000)

const mail = useMailCatcher(25_263)
const TWO_HOURS_LATER = () => Date.now() + 2 * 3_600_000

/** Price-drop and back-in-stock alert emails: the second flow on the email core. */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let catalog: Catalog

    beforeEach(async () => {
      const fixtures = await createPublishableKey(getContainer())
      key = fixtures.token
      catalog = await createCatalog(getContainer(), fixtures.salesChannelId)
    })

    const as = shopperHeaders(() => key)
    const save = (headers: ReturnType<typeof as>, variantId: string) =>
      api
        .post("/store/wishlists/default/items", { variant_id: variantId, region_id: catalog.regionId }, headers)
        .catch(explain)
    const optIn = (token: string) =>
      api
        .post("/store/touchpoints/email-consent", { flow: "wishlist-alerts", granted: true }, as(undefined, token))
        .catch(explain)
    /** Lowers the EUR price of the variants and waits until the alert subscribers ran. */
    const dropPrices = async (prices: Partial<Record<keyof Catalog["variants"], number>>) => {
      for (const [name, amount] of Object.entries(prices)) {
        const done = TestEventUtils.waitSubscribersExecution(
          WishlistEvents.PRICE_DROPPED,
          getContainer().resolve(Modules.EVENT_BUS)
        )
        await updateProductVariantsWorkflow(getContainer()).run({
          input: {
            selector: { id: catalog.variants[name as keyof Catalog["variants"]] },
            update: { prices: [{ amount: amount as number, currency_code: "eur" }] },
          },
        })
        await done
      }
    }

    it("groups a customer's price drops into one email with add-to-cart links, sent once", async () => {
      const ada = await registerCustomer(api, key, "ada@example.com")
      await optIn(ada.token)
      await save(as(undefined, ada.token), catalog.variants.cup)
      await save(as(undefined, ada.token), catalog.variants.tea)
      await dropPrices({ cup: 15, tea: 8 })

      // the alerts wait an hour for others of the same shopper
      expect(await sendWishlistAlerts(getContainer())).toMatchObject({ customers: 0 })
      expect(await sendWishlistAlerts(getContainer(), TWO_HOURS_LATER())).toMatchObject({ customers: 1, sent: 1 })
      const [message] = await mail.catcher().waitForMessages(1)
      expect(message.to).toEqual(["ada@example.com"])
      expect(message.subject).toBe("Good news about 2 items you saved")
      expect(message.text).toContain("Stoneware Cup (One size): now €15.00 (was €20.00)")
      expect(message.text).toContain("Green Tea (One size): now €8.00 (was €10.00)")
      expect(message.text).toContain(`Add to cart: http://localhost:9000/demo/cart.html?add=${catalog.variants.cup}`)
      expect(message.headers["list-unsubscribe"]).toMatch(
        /\/touchpoints\/unsubscribe\/[\w-]+\.wishlist-alerts\.[0-9a-z]+\.[\w-]{22}>$/
      )
      expect(message.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click")

      expect(await sendWishlistAlerts(getContainer(), TWO_HOURS_LATER())).toMatchObject({ customers: 0 })
      expect(mail.catcher().messages()).toHaveLength(1)
    })

    it("sends nothing to a customer without an opt-in, and queues nothing for a guest's list", async () => {
      const bob = await registerCustomer(api, key, "bob@example.com")
      await save(as(undefined, bob.token), catalog.variants.cup)
      await save(as(), catalog.variants.cup)
      await dropPrices({ cup: 12 })
      const wishlists = getContainer().resolve("touchpointsWishlist") as {
        listWishlistAlerts: (filters: object) => Promise<{ customer_id: string; status: string }[]>
      }
      // one price_dropped per saved item (bob's and the guest's): wait until both events were handled
      const deadline = Date.now() + 10_000
      while ((await wishlists.listWishlistAlerts({})).length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(await wishlists.listWishlistAlerts({})).toEqual([
        expect.objectContaining({ customer_id: bob.customerId, status: "pending" }),
      ])
      expect(await sendWishlistAlerts(getContainer(), TWO_HOURS_LATER())).toMatchObject({ customers: 1, skipped: 1 })
      expect(await wishlists.listWishlistAlerts({})).toEqual([
        expect.objectContaining({ status: "skipped", reason: "no_consent" }),
      ])
      expect(mail.catcher().messages()).toHaveLength(0)
    })
  },
})
