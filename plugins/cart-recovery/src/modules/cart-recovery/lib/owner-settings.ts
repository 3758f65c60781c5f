import type { CartRecoveryOptions } from "../options"

/** The owner's sequence and rules as the admin API speaks them (and as stored). */
export type OwnerSettingsValue = {
  steps: { delay_hours: number; incentive_percent: number | null }[]
  require_consent: boolean
  max_cart_age_days: number
  recovery_url: string
}

/** The settings in effect: the options, with the owner's saved sequence and rules over them when there are any. */
export type EffectiveSettings = CartRecoveryOptions & { source: "owner" | "options" }

/** Merges a stored row over the options (secret, recent-purchase window and scan tuning stay the options'). */
export function effectiveSettings(options: CartRecoveryOptions, saved: OwnerSettingsValue | null): EffectiveSettings {
  if (!saved) return { ...options, source: "options" }
  return {
    ...options,
    steps: saved.steps.map((step) => ({
      delayHours: step.delay_hours,
      ...(step.incentive_percent !== null && { incentivePercent: step.incentive_percent }),
    })),
    requireConsent: saved.require_consent,
    maxCartAgeDays: saved.max_cart_age_days,
    recoveryUrl: saved.recovery_url,
    source: "owner",
  }
}

/** The admin API's view of the settings in effect. */
export function settingsView(settings: EffectiveSettings) {
  return {
    source: settings.source,
    steps: settings.steps.map((step, index) => ({
      step: index + 1,
      delay_hours: step.delayHours,
      incentive_percent: step.incentivePercent ?? null,
    })),
    require_consent: settings.requireConsent,
    max_cart_age_days: settings.maxCartAgeDays,
    recovery_url: settings.recoveryUrl,
  }
}
