import { z } from "@medusajs/framework/zod"
import { resolveCoreOptions } from "../modules/visitor/options"
import { configuredPluginOptions, packageRootOf } from "./configured-plugin"
import { signingSecretSchema } from "./shop-options"
import type { SigningKeys } from "./signed-token"

/** What a touchpoint plugin takes from @touchpoints/core's options: the suite's keys and where links go. */
export type SuiteIdentity = { keys: SigningKeys; storefrontUrl: string; backendUrl: string }

const CORE = "@touchpoints/core"

/**
 * Core's `secret` and shop URLs from the loaded medusa-config (core's own entry, checked as core checks it).
 * Throws naming `@touchpoints/core` and its option `secret` when core is not registered (or no config is
 * loaded: unit tests pass a SuiteIdentity themselves) or has no secret.
 */
export function suiteIdentity(plugin: string, production?: boolean): SuiteIdentity {
  const core = configuredPluginOptions(CORE, packageRootOf(CORE, __dirname))
  if (!core.found) {
    throw new Error(
      `${plugin}: needs ${CORE} registered in medusa-config \`plugins\` with its option \`secret\` (a random string of 32+ characters) and \`shop\` (see plugins/core/README.md#required-options)`
    )
  }
  const { secret, previousSecrets, shop } = resolveCoreOptions(core.options, production)
  return { keys: { secret, previousSecrets }, storefrontUrl: shop.storefrontUrl, backendUrl: shop.backendUrl }
}

/**
 * A plugin's own `secret` option: optional, core's `secret` when left out. Checked like core's (a public demo
 * value stops a production server), production being NODE_ENV=production when the plugin's options are parsed.
 */
export const ownSecretSchema = signingSecretSchema().optional()

/** A plugin's own `previousSecrets` (verify-only during a rotation of its own `secret`). */
export const ownPreviousSecretsSchema = z.array(signingSecretSchema()).max(5).optional()

/** The keys a plugin signs with: its own `secret` (and `previousSecrets`) when set, else core's. */
export function pluginKeys(
  own: { secret?: string; previousSecrets?: string[] },
  suite: Pick<SuiteIdentity, "keys">
): SigningKeys {
  return own.secret ? { secret: own.secret, previousSecrets: own.previousSecrets ?? [] } : suite.keys
}

/**
 * A link option: an absolute http(s) URL, or a path ("/cart?recover={token}") resolved against core's
 * `shop.storefrontUrl`; each of `placeholders` must appear in it.
 */
export function linkOptionSchema(...placeholders: string[]) {
  return z
    .string()
    .refine((url) => url.startsWith("/") || /^https?:\/\/[^/]/.test(url), {
      message: 'expected an absolute http(s) URL or a path starting with "/" (resolved against shop.storefrontUrl)',
    })
    .refine((url) => placeholders.every((placeholder) => url.includes(placeholder)), {
      message: `must contain ${placeholders.join(" and ")}`,
    })
}

/** A link option as a URL: absolute ones as given, paths appended to the storefront's URL (keeping its path). */
export function storefrontLink(suite: Pick<SuiteIdentity, "storefrontUrl">, url: string): string {
  return url.startsWith("/") ? `${suite.storefrontUrl.replace(/\/+$/, "")}${url}` : url
}
