import { EMAIL_MODULE, type EmailModuleService } from "@touchpoints/core/modules/email"
import type { SeedContext } from "./context"
import type { CustomerPlan } from "./plan-customers"

/**
 * Two in three seeded shoppers signed up for marketing email (imported: source "import", proof "seed:newsletter-signup"), so the demo's
 * abandoned carts of those shoppers get reminders in the mail inbox on the first scan; the others get none.
 */
export async function writeEmailConsents({ container }: SeedContext, customers: CustomerPlan[]) {
  const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
  const optedIn = customers.filter((_, index) => index % 3 !== 0)
  for (const customer of optedIn) {
    await emails.appendConsent({
      address: customer.email,
      flow: "*",
      granted: true,
      source: "import",
      proof: "seed:newsletter-signup",
    })
  }
  return { opted_in: optedIn.length }
}
