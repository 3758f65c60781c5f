import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CART_RECOVERY_MODULE } from "../../../../modules/cart-recovery"
import type CartRecoveryModuleService from "../../../../modules/cart-recovery/service"
import type { GetCartRecoveryStatsType } from "../validators"

const DEFAULT_DAYS = 30

/** Carts abandoned, reminders sent per step, clicked, recovered and recovered revenue, for a period (default 30 days). */
export async function GET(req: MedusaRequest<unknown, GetCartRecoveryStatsType>, res: MedusaResponse) {
  const { from, to } = req.validatedQuery as GetCartRecoveryStatsType
  const end = to ? new Date(to) : new Date()
  const start = from ? new Date(from) : new Date(end.getTime() - DEFAULT_DAYS * 86_400_000)
  const stats = await req.scope.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).stats({ from: start, to: end })
  res.json({ stats })
}
