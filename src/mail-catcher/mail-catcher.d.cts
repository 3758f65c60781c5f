// Types of mail-catcher.cjs for the TypeScript tests.
export type CaughtMessage = {
  id: string
  from: string
  to: string[]
  subject: string
  date: string
  headers: Record<string, string>
  html: string
  text: string
  raw: string
}

export type MailCatcher = {
  smtpPort: number
  webPort: number | null
  messages: () => CaughtMessage[]
  received: () => number
  clear: () => void
  failNext: (mode: "temporary" | "permanent", count?: number) => void
  acceptAll: () => void
  /** New connections get no greeting until resume() (a mail server that hangs). */
  pause: () => void
  resume: () => void
  waitForMessages: (count: number, timeoutMs?: number) => Promise<CaughtMessage[]>
  stop: () => Promise<void>
}

export function startMailCatcher(options?: {
  smtpPort?: number
  webPort?: number
  web?: boolean
  host?: string
}): Promise<MailCatcher>
