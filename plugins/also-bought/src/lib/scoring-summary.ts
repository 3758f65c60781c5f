import type { AlsoBoughtOptions } from "../modules/also-bought/options"
import { ruleScore } from "./metrics"

/** How companions were ranked, as every companion response explains it. */
export function scoringSummary(settings: AlsoBoughtOptions) {
  const { method, priorOrders } = settings.scoring
  const { formula } = ruleScore({ both: 0, antecedent: 0, consequent: 0, total: 0 }, method, priorOrders)
  return { method, formula, prior_orders: priorOrders, min_orders: settings.minOrders }
}
