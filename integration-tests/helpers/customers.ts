import type { MedusaContainer } from "@medusajs/framework/types"

type Api = {
  post: (
    url: string,
    body: unknown,
    config?: { headers: Record<string, string> }
  ) => Promise<{ data: { token: string; customer: { id: string } } }>
}

/** Registers a customer through the real store auth flow and returns their bearer token. */
export async function registerCustomer(
  api: Api,
  publishableKey: string,
  email: string,
  password = "supersecret"
): Promise<{ token: string; customerId: string }> {
  const registration = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post(
    "/store/customers",
    { email, first_name: "Test", last_name: "Shopper" },
    { headers: { authorization: `Bearer ${registration.data.token}`, "x-publishable-api-key": publishableKey } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return { token: login.data.token, customerId: data.customer.id }
}

export const headersFor = (publishableKey: string, extra: Record<string, string> = {}) => ({
  headers: { "x-publishable-api-key": publishableKey, ...extra },
})

export type { MedusaContainer }
