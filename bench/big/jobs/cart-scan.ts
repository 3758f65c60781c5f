// The abandoned-cart scan (cart-recovery's 10-minute job) over the store's open carts.
import type { ExecArgs } from "@medusajs/framework/types"
import { scanAbandonedCarts } from "@touchpoints/cart-recovery/lib/scan-abandoned-carts"
import { timeJob } from "./timed-job"

export default async function benchCartScan({ container }: ExecArgs) {
  await timeJob(container, {
    name: "abandoned-cart scan (cart-recovery)",
    rowsSql: "SELECT count(*) FROM cart WHERE completed_at IS NULL AND deleted_at IS NULL",
    run: () => scanAbandonedCarts(container),
  })
}
