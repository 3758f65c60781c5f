import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { openCartFacts, registeredCustomerOfCart } from "@touchpoints/core/medusa-tables"
import type { Contract } from "./contract"

/**
 * segment-offers' questions about carts: an open cart's value, currency, country and customer; a cart's registered
 * customer. Carts are made with Medusa's cart module (custom-priced line items need no catalog or region).
 */
const cartsSegmentOffers: Contract = ({ container, db }) => {
  it("answers an open cart's item subtotal, currency, shipping country and customer; null once completed", async () => {
    const { result: customers } = await createCustomersWorkflow(container()).run({
      input: { customersData: [{ email: "contract-cart-owner@example.test", has_account: true }] },
    })
    const carts = container().resolve<ICartModuleService>(Modules.CART)
    const cart = await carts.createCarts({
      currency_code: "eur",
      customer_id: customers[0].id,
      email: "contract-cart-owner@example.test",
      shipping_address: { country_code: "de", address_1: "Street 1" },
      items: [
        { title: "Tea", quantity: 2, unit_price: 10 },
        { title: "Cup", quantity: 1, unit_price: 4.5 },
      ],
    })
    expect(await openCartFacts(db(), cart.id)).toEqual({
      currency_code: "eur",
      country_code: "de",
      customer_id: customers[0].id,
      has_account: true,
      value: 24.5,
    })
    expect(await registeredCustomerOfCart(db(), cart.id)).toBe(customers[0].id)

    const guest = await carts.createCarts({ currency_code: "usd", email: "contract-cart-guest@example.test" })
    expect(await openCartFacts(db(), guest.id)).toEqual({
      currency_code: "usd",
      country_code: null,
      customer_id: null,
      has_account: null,
      value: 0,
    })
    expect(await registeredCustomerOfCart(db(), guest.id)).toBeNull()

    await carts.updateCarts(cart.id, { completed_at: new Date() })
    expect(await openCartFacts(db(), cart.id)).toBeNull()
    // whose it is holds after checkout too (the cart checks run while completing it)
    expect(await registeredCustomerOfCart(db(), cart.id)).toBe(customers[0].id)
    expect(await openCartFacts(db(), "cart_missing")).toBeNull()
  })
}

export default cartsSegmentOffers
