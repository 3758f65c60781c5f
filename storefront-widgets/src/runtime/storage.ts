/**
 * Safe access to Web Storage: private modes, sandboxed iframes and servers have none or throw on access.
 * Every read and write of the runtime goes through here, so a missing storage never breaks a widget.
 */
type Area = "local" | "session"

function area(kind: Area): Storage | null {
  try {
    if (typeof window === "undefined") return null
    return kind === "local" ? window.localStorage : window.sessionStorage
  } catch {
    return null
  }
}

export function readItem(kind: Area, key: string): string | null {
  try {
    return area(kind)?.getItem(key) ?? null
  } catch {
    return null
  }
}

export function writeItem(kind: Area, key: string, value: string): void {
  try {
    area(kind)?.setItem(key, value)
  } catch {
    // quota exceeded or storage disabled: the value lives for this page only
  }
}

export function removeItem(kind: Area, key: string): void {
  try {
    area(kind)?.removeItem(key)
  } catch {
    // storage disabled: nothing was stored
  }
}
