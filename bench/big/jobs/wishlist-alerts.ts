// The wishlist alert sweep (wishlist's check-alerts job): every saved item checked for price drops and restocks.
import type { ExecArgs } from "@medusajs/framework/types"
import { checkWishlistAlertsWorkflow } from "@touchpoints/wishlist/workflows"
import { timeJob } from "./timed-job"

export default async function benchWishlistAlerts({ container }: ExecArgs) {
  await timeJob(container, {
    name: "wishlist alert sweep (wishlist)",
    rowsSql: "SELECT count(*) FROM tp_wishlist_item WHERE deleted_at IS NULL",
    run: async () => (await checkWishlistAlertsWorkflow(container).run({ input: {} })).result,
  })
}
