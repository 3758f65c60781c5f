import { emit } from "./events.js"
import { state, type TouchpointsConfig } from "./state.js"

export type ConfigureOptions = Partial<TouchpointsConfig>

/** The current configuration (read-only view; change it with `configure()`). */
export function getConfig(): Readonly<TouchpointsConfig> {
  return state().config
}

/**
 * Sets runtime options for every widget on the page; keys you leave out (or pass as undefined) keep their
 * value, `strings` are merged per key. Fires `tp-config-change` on `document` so widgets re-render.
 */
export function configure(options: ConfigureOptions): Readonly<TouchpointsConfig> {
  const current = state().config
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined))
  const next: TouchpointsConfig = {
    ...current,
    ...given,
    strings: { ...current.strings, ...options.strings },
  }
  next.backendUrl = next.backendUrl.trim().replace(/\/+$/, "")
  if (!(next.timeoutMs > 0)) next.timeoutMs = current.timeoutMs
  state().config = next
  emit("tp-config-change", { config: next })
  return next
}
