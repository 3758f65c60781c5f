/**
 * Association-rule metrics for a rule A -> B over a set of orders (Agrawal et al.; the figures standard tools
 * such as R's arules or mlxtend print):
 * - support    = orders(A and B) / orders
 * - confidence = orders(A and B) / orders(A)
 * - lift       = confidence / (orders(B) / orders)
 */
export type RuleCounts = {
  /** Distinct orders holding both products. */
  both: number
  /** Distinct orders holding the antecedent A. */
  antecedent: number
  /** Distinct orders holding the consequent B. */
  consequent: number
  /** All counted orders. */
  total: number
}

export type RuleMetrics = { support: number; confidence: number; lift: number }

export function ruleMetrics(counts: RuleCounts): RuleMetrics {
  const { both, antecedent, consequent, total } = counts
  if (total <= 0 || antecedent <= 0 || consequent <= 0) return { support: 0, confidence: 0, lift: 0 }
  const support = both / total
  const confidence = both / antecedent
  const lift = confidence / (consequent / total)
  return { support, confidence, lift }
}

/**
 * How companions are ranked (plugin option `scoring.method`):
 * - `smith_linden` (default): (N_ab - E_ab) / sqrt(E_ab) with E_ab = N_a * N_b / N, how far the co-purchases exceed
 *   what independent buying would give, in standard deviations (Smith & Linden 2017). Favours pairs that are both
 *   surprising and well supported.
 * - `shrunk_lift`: lift pulled towards 1 by `k` pseudo-orders, (N_ab + k) / (N_a * N_b / N + k), so a pair seen
 *   in 3 orders cannot outrank one seen in 300 on a lucky ratio.
 * - `shrunk_confidence`: (N_ab + k * p_b) / (N_a + k) with p_b = N_b / N, confidence pulled towards B's base rate.
 */
export type ScoringMethod = "smith_linden" | "shrunk_lift" | "shrunk_confidence"

export type ScoreExplanation = { method: ScoringMethod; formula: string; value: number }

export function ruleScore(counts: RuleCounts, method: ScoringMethod, priorOrders = 10): ScoreExplanation {
  const { both, antecedent, consequent, total } = counts
  const expected = total > 0 ? (antecedent * consequent) / total : 0
  switch (method) {
    case "smith_linden":
      return {
        method,
        formula: "(N_ab - E_ab) / sqrt(E_ab), E_ab = N_a * N_b / N",
        value: expected > 0 ? (both - expected) / Math.sqrt(expected) : 0,
      }
    case "shrunk_lift":
      return {
        method,
        formula: `(N_ab + k) / (N_a * N_b / N + k), k = ${priorOrders}`,
        value: (both + priorOrders) / (expected + priorOrders),
      }
    case "shrunk_confidence": {
      const baseRate = total > 0 ? consequent / total : 0
      return {
        method,
        formula: `(N_ab + k * N_b / N) / (N_a + k), k = ${priorOrders}`,
        value: (both + priorOrders * baseRate) / (antecedent + priorOrders),
      }
    }
  }
}
