// The one client of a running mail catcher's inbox (`/api/messages`, newest first): the demo store's, whose
// address `npm start` prints and `npm test` hands the browser tests as TP_MAIL_URL.

/** Every message in the inbox at `mailUrl` (default TP_MAIL_URL). */
async function readInbox(mailUrl = process.env.TP_MAIL_URL) {
  if (!mailUrl) throw new Error("TP_MAIL_URL is unset: run through `npm test -- e2e` (npm start's mail catcher)")
  const response = await fetch(new URL("/api/messages", mailUrl))
  if (!response.ok) throw new Error(`the mail inbox at ${mailUrl} answered ${response.status}`)
  return response.json()
}

/** The newest message to `address` (a substring of a recipient), or null. */
async function newestMessageTo(address, mailUrl) {
  const messages = await readInbox(mailUrl)
  return messages.find((message) => message.to.some((to) => to.includes(address))) ?? null
}

module.exports = { newestMessageTo, readInbox }
