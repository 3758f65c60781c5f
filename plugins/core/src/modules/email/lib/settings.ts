import type { ShopIdentity } from "../../../lib/shop-options"
import type { SigningKeys } from "../../../lib/signed-token"
import { type ResolvedCoreOptions, resolveCoreOptions } from "../../visitor/options"

/** What the email core works with: core's `email` options, the shop's identity and the suite's signing keys. */
export type EmailSettings = ResolvedCoreOptions["email"] & { keys: SigningKeys; shop: ShopIdentity }

/** The email core's settings from core's plugin options (throws naming a missing `secret` or `shop`). */
export function emailSettingsOf(options: unknown, production?: boolean): EmailSettings {
  const core = resolveCoreOptions(options, production)
  return { ...core.email, keys: { secret: core.secret, previousSecrets: core.previousSecrets }, shop: core.shop }
}
