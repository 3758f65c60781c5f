// The demo store's outgoing mail: without TP_SMTP_HOST, a local mail catcher (SMTP + web inbox) receives every
// email the store sends, so nothing leaves the machine. With TP_SMTP_HOST the store uses that server instead.
import mailCatcher from "../mail-catcher/mail-catcher.cjs"

/** Starts on the wanted port, or on a free one when it is taken (a second store, a test run). */
async function listenPreferring(smtpPort, webPort) {
  try {
    return await mailCatcher.startMailCatcher({ smtpPort, webPort })
  } catch (error) {
    if (error?.code !== "EADDRINUSE") throw error
    return mailCatcher.startMailCatcher({ smtpPort: 0, webPort: 0 })
  }
}

/** @param {(line: string) => void} log */
export async function startDemoMailCatcher(log) {
  if (process.env.TP_SMTP_HOST) {
    return { env: {}, inboxUrl: null, stop: async () => {} }
  }
  const catcher = await listenPreferring(
    Number(process.env.TP_MAIL_CATCHER_SMTP_PORT || 1025),
    Number(process.env.TP_MAIL_CATCHER_WEB_PORT || 1080)
  )
  const inboxUrl = `http://localhost:${catcher.webPort}/`
  log(`mail catcher: SMTP on port ${catcher.smtpPort}, inbox at ${inboxUrl}`)
  return {
    env: { TP_SMTP_HOST: "127.0.0.1", TP_SMTP_PORT: String(catcher.smtpPort) },
    inboxUrl,
    stop: () => catcher.stop(),
  }
}
