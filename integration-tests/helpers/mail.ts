// The real SMTP peer of the HTTP tests: the project's mail catcher, in-process. Medusa's config reads
// TP_SMTP_HOST/PORT when the runner boots, so a spec calls useMailCatcher() at its top, before the runner.
import { type MailCatcher, startMailCatcher } from "../../src/mail-catcher/mail-catcher.cjs"

export type { CaughtMessage, MailCatcher } from "../../src/mail-catcher/mail-catcher.cjs"

/** Points the store's SMTP provider at a catcher on `port` started before the suite and stopped after it. */
export function useMailCatcher(port: number): {
  catcher: () => MailCatcher
  /** Stops the SMTP server: connections are refused until up(). */
  down: () => Promise<void>
  /** Starts it again on the same port (an empty inbox). */
  up: () => Promise<void>
} {
  process.env.TP_SMTP_HOST = "127.0.0.1"
  process.env.TP_SMTP_PORT = String(port)
  process.env.TP_SMTP_TIMEOUT_SECONDS = "3"
  let catcher: MailCatcher | undefined
  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: port, web: false })
  })
  afterAll(async () => {
    await catcher?.stop()
  })
  beforeEach(() => {
    catcher?.clear()
    catcher?.acceptAll()
  })
  return {
    catcher: () => {
      if (!catcher) throw new Error("mail catcher not started")
      return catcher
    },
    down: async () => {
      await catcher?.stop()
      catcher = undefined
    },
    up: async () => {
      catcher = await startMailCatcher({ smtpPort: port, web: false })
    },
  }
}
