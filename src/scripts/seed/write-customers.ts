import { Modules } from "@medusajs/framework/utils"
import { minutesBefore, must, type SeedContext } from "./context"
import { ACCOUNT_PASSWORD, type CustomerPlan } from "./plan-customers"

export type CustomerRefs = { id: string; email: string }[]

const MINUTES_PER_DAY = 24 * 60

/**
 * Customers with a default address, back-dated to their sign-up; the ones with an account get an emailpass
 * identity (password `supersecret`). The password is hashed once by the emailpass provider (registering the
 * first account) and that hash is reused: scrypt is slow on purpose.
 */
export async function writeCustomers(
  { container, now }: SeedContext,
  plans: CustomerPlan[],
  vipIndexes: number[]
): Promise<{ refs: CustomerRefs; accounts: number }> {
  const customerService = container.resolve(Modules.CUSTOMER)
  const authService = container.resolve(Modules.AUTH)

  const created = await customerService.createCustomers(
    plans.map((c) => {
      const signup = minutesBefore(now, c.signupDaysAgo * MINUTES_PER_DAY + 600 + (c.index % 500))
      return {
        email: c.email,
        first_name: c.first_name,
        last_name: c.last_name,
        phone: c.address.phone,
        has_account: c.hasAccount,
        created_at: signup,
        updated_at: signup,
        addresses: [
          {
            address_name: "Home",
            ...c.address,
            is_default_shipping: true,
            is_default_billing: true,
          },
        ],
      }
    })
  )
  const idByEmail = new Map(created.map((c) => [c.email, c.id]))
  const refs = plans.map((c) => ({ id: must(idByEmail, c.email, "customer"), email: c.email }))

  const withAccount = plans.filter((c) => c.hasAccount)
  if (withAccount.length) {
    const [first, ...rest] = withAccount
    const { authIdentity, error } = await authService.register("emailpass", {
      body: { email: first.email, password: ACCOUNT_PASSWORD },
    })
    if (error || !authIdentity) {
      throw new Error(`seed: could not register ${first.email}: ${error}`)
    }
    await authService.updateAuthIdentities({
      id: authIdentity.id,
      app_metadata: { customer_id: refs[first.index].id },
    })
    const [identity] = await authService.listProviderIdentities({ auth_identity_id: authIdentity.id })
    const hash = identity?.provider_metadata?.password
    if (typeof hash !== "string") {
      throw new Error("seed: emailpass did not store a password hash")
    }
    await authService.createAuthIdentities(
      rest.map((c) => ({
        provider_identities: [{ provider: "emailpass", entity_id: c.email, provider_metadata: { password: hash } }],
        app_metadata: { customer_id: refs[c.index].id },
      }))
    )
  }

  const [vip] = await customerService.createCustomerGroups([{ name: "VIP", metadata: { rule: "top 10% by orders" } }])
  await customerService.addCustomerToGroup(
    vipIndexes.map((i) => ({ customer_id: refs[i].id, customer_group_id: vip.id }))
  )

  return { refs, accounts: withAccount.length }
}
