import { createCart, customerToken, type StockedVariant, someVariant, storeCall } from "./store"

/**
 * An order placed by a seeded customer through the store API, as a storefront's checkout does it (address,
 * the region's first shipping option, the system payment provider); answers its id and the customer's token.
 */
export async function placeCustomerOrder(
  email = "shopper2@example.com"
): Promise<{ orderId: string; token: string; variant: StockedVariant }> {
  const token = await customerToken(email)
  const auth = { authorization: `Bearer ${token}` }
  const variant = await someVariant()
  const cart = await createCart([variant], 1)
  await storeCall(`/store/carts/${cart.id}`, {
    headers: auth,
    body: {
      email,
      shipping_address: {
        first_name: "Test",
        last_name: "Shopper",
        address_1: "Street 1",
        city: "Berlin",
        country_code: "de",
        postal_code: "10115",
      },
    },
  })
  // the cart becomes the customer's
  await storeCall(`/store/carts/${cart.id}/customer`, { method: "POST", headers: auth, body: {} })
  const { shipping_options: options } = await storeCall<{ shipping_options: { id: string }[] }>(
    `/store/shipping-options?cart_id=${cart.id}`
  )
  if (!options.length) throw new Error("the demo store has no shipping option for the EUR region")
  await storeCall(`/store/carts/${cart.id}/shipping-methods`, { headers: auth, body: { option_id: options[0].id } })
  const { payment_collection } = await storeCall<{ payment_collection: { id: string } }>("/store/payment-collections", {
    headers: auth,
    body: { cart_id: cart.id },
  })
  await storeCall(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    headers: auth,
    body: { provider_id: "pp_system_default" },
  })
  const completed = await storeCall<{ type: string; order?: { id: string } }>(`/store/carts/${cart.id}/complete`, {
    headers: auth,
    body: {},
  })
  if (completed.type !== "order" || !completed.order) throw new Error(`checkout failed: ${JSON.stringify(completed)}`)
  return { orderId: completed.order.id, token, variant }
}

/** The survey token of a customer's order (opens its survey inline, as the order page does). */
export async function surveyToken(orderId: string, customerToken: string): Promise<string> {
  const { token } = await storeCall<{ token: string }>(`/store/feedback/orders/${orderId}`, {
    headers: { authorization: `Bearer ${customerToken}` },
  })
  return token
}
