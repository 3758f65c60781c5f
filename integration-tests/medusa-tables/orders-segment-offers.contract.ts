import type { ICartModuleService, IOrderModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow, createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { cartShopperUsedPromotion } from "@touchpoints/core/medusa-tables"
import type { Contract } from "./contract"

/**
 * segment-offers' question about orders: did a cart's shopper (same customer, or same email in any case) already
 * place an order with a promotion? Orders are linked to the promotion as checkout links them (order_promotion).
 */
const ordersSegmentOffers: Contract = ({ container, db }) => {
  it("answers whether a cart's customer or email already ordered with the promotion, canceled orders aside", async () => {
    const { result: promotions } = await createPromotionsWorkflow(container()).run({
      input: {
        promotionsData: [
          {
            code: "CONTRACTONCE",
            type: "standard",
            status: "active",
            is_automatic: false,
            application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10 },
          },
        ],
      },
    })
    const promotionId = promotions[0].id
    const { result: customers } = await createCustomersWorkflow(container()).run({
      input: { customersData: [{ email: "contract-once@example.test", has_account: true }] },
    })
    const customerId = customers[0].id
    const carts = container().resolve<ICartModuleService>(Modules.CART)
    const orders = container().resolve<IOrderModuleService>(Modules.ORDER)
    const link = container().resolve(ContainerRegistrationKeys.LINK)
    const orderWith = async (input: { customer_id?: string; email: string }) => {
      const [order] = await orders.createOrders([
        { ...input, currency_code: "eur", items: [{ title: "Tea", quantity: 1, unit_price: 10 }] },
      ])
      await link.create({ [Modules.ORDER]: { order_id: order.id }, [Modules.PROMOTION]: { promotion_id: promotionId } })
      return order.id
    }

    const byCustomer = await carts.createCarts({ currency_code: "eur", customer_id: customerId })
    const byEmail = await carts.createCarts({ currency_code: "eur", email: "Guest-Once@Example.test" })
    const stranger = await carts.createCarts({ currency_code: "eur", email: "stranger@example.test" })
    const used = (cartId: string) => cartShopperUsedPromotion(db(), { promotionId, cartId })
    expect(await used(byCustomer.id)).toBe(false)

    const customerOrder = await orderWith({ customer_id: customerId, email: "contract-once@example.test" })
    await orderWith({ email: "guest-once@example.test" })
    expect(await used(byCustomer.id)).toBe(true)
    expect(await used(byEmail.id)).toBe(true)
    expect(await used(stranger.id)).toBe(false)

    await orders.cancel(customerOrder)
    expect(await used(byCustomer.id)).toBe(false)
    expect(await used("cart_missing")).toBe(false)
  })
}

export default ordersSegmentOffers
