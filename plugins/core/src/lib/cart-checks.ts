import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * What a cart check sees: the cart, the promotion codes at stake and when it runs. `apply` is a promotion
 * update (only the codes being added, not the ones already on the cart); `complete` is checkout (every code
 * on the cart).
 */
export type CartCheckInput = {
  container: MedusaContainer
  cart_id: string
  codes: string[]
  stage: "apply" | "complete"
}

/** Throws (a MedusaError, so the shopper gets a 4xx) to refuse; resolves to allow. */
export type CartCheck = (input: CartCheckInput) => Promise<void>

// Medusa allows one handler per workflow hook in the whole app, so core owns the cart hooks and runs every
// plugin's checks from this registry (a plugin registers when Medusa loads its workflows folder).
const checks = new Map<string, CartCheck>()

/** Registers (or replaces) the check named `name`. */
export function registerCartCheck(name: string, check: CartCheck): void {
  checks.set(name, check)
}

/** Runs every registered check in registration order; the first refusal wins. */
export async function runCartChecks(input: CartCheckInput): Promise<void> {
  if (!input.codes.length) {
    return
  }
  for (const check of checks.values()) {
    await check(input)
  }
}
