// A local mail catcher: an SMTP server that keeps what it receives in memory and a small web inbox to read it.
// `npm start` runs one for the demo store; the HTTP tests run one in-process as the real SMTP peer. It can be
// told to fail (temporary 451 or permanent 550) to prove retries and bounce handling.
const http = require("node:http")
const { SMTPServer } = require("smtp-server")
const { simpleParser } = require("mailparser")
const { renderInbox, renderMessage } = require("./inbox-pages.cjs")

const KEEP_MESSAGES = 500

/**
 * @typedef {{ id: string, from: string, to: string[], subject: string, date: string, headers: Record<string, string>,
 *   html: string, text: string, raw: string }} CaughtMessage
 * @typedef {{ mode: "accept" } | { mode: "temporary" | "permanent", count: number }} FailureMode
 */

/**
 * Starts the catcher. Port 0 picks a free port; `web: false` starts no inbox.
 * @param {{ smtpPort?: number, webPort?: number, web?: boolean, host?: string }} [options]
 */
async function startMailCatcher(options = {}) {
  const host = options.host ?? "127.0.0.1"
  /** @type {CaughtMessage[]} */
  const messages = []
  /** @type {FailureMode} */
  let failure = { mode: "accept" }
  let nextId = 1
  let received = 0
  const waiters = new Set()

  /** Connections held before the greeting while paused (a mail server that has stopped answering). */
  let held = null

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    banner: "touchpoints mail catcher",
    closeTimeout: 1000,
    onConnect(_session, callback) {
      if (held) return held.push(callback)
      return callback()
    },
    onRcptTo(address, _session, callback) {
      if (failure.mode === "permanent" && failure.count > 0) {
        failure.count -= 1
        const error = Object.assign(new Error(`550 5.1.1 <${address.address}>: mailbox does not exist`), {
          responseCode: 550,
        })
        return callback(error)
      }
      return callback()
    },
    onData(stream, session, callback) {
      const chunks = []
      stream.on("data", (chunk) => chunks.push(chunk))
      stream.on("end", async () => {
        if (failure.mode === "temporary" && failure.count > 0) {
          failure.count -= 1
          return callback(Object.assign(new Error("451 4.3.0 try again later"), { responseCode: 451 }))
        }
        const raw = Buffer.concat(chunks).toString("utf8")
        try {
          const parsed = await simpleParser(raw)
          /** @type {Record<string, string>} */
          const headers = {}
          for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(":") + 1).trim()
          const message = {
            id: String(nextId++),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? "",
            date: new Date().toISOString(),
            headers,
            html: typeof parsed.html === "string" ? parsed.html : "",
            text: parsed.text ?? "",
            raw,
          }
          messages.push(message)
          received += 1
          if (messages.length > KEEP_MESSAGES) messages.shift()
          for (const waiter of waiters) waiter()
          callback()
        } catch (error) {
          callback(error)
        }
      })
    },
  })
  await new Promise((resolve, reject) => {
    smtp.once("error", reject)
    smtp.listen(options.smtpPort ?? 1025, host, resolve)
  })

  const control = {
    /** New connections wait for the greeting until resume(): a sender sees a mail server that hangs. */
    pause: () => {
      held ??= []
    },
    /** Greets the held connections (those whose sender is still there) and every new one. */
    resume: () => {
      const waiting = held ?? []
      held = null
      for (const callback of waiting) callback()
    },
  }

  let web
  if (options.web !== false) {
    web = http.createServer((req, res) => serveInbox(req, res, messages, control))
    await new Promise((resolve, reject) => {
      web.once("error", reject)
      web.listen(options.webPort ?? 1080, host, resolve)
    })
  }

  return {
    smtpPort: smtp.server.address().port,
    webPort: web ? web.address().port : null,
    /** The messages received so far, oldest first (the latest 500 are kept). */
    messages: () => [...messages],
    /** How many messages arrived since the start or the last clear(), kept or not. */
    received: () => received,
    clear: () => {
      messages.length = 0
      received = 0
    },
    /** The next `count` messages fail: "temporary" answers 451 after DATA, "permanent" 550 at RCPT TO. */
    failNext: (mode, count = 1) => {
      failure = { mode, count }
    },
    acceptAll: () => {
      failure = { mode: "accept" }
    },
    ...control,
    /** Resolves once at least `count` messages arrived (rejects after `timeoutMs`). */
    waitForMessages: (count, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length >= count) {
            waiters.delete(check)
            clearTimeout(timer)
            resolve([...messages])
          }
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`mail catcher: ${messages.length} of ${count} messages after ${timeoutMs} ms`))
        }, timeoutMs)
        waiters.add(check)
        check()
      }),
    stop: async () => {
      await new Promise((resolve) => smtp.close(resolve))
      if (web) await new Promise((resolve) => web.close(resolve))
    },
  }
}

/**
 * The inbox: `/` lists, `/messages/:id` shows one, `/api/messages` answers JSON (newest first). POST
 * `/api/pause` and `/api/resume` hold and release new SMTP connections (the fault tests' mail server outage).
 */
function serveInbox(req, res, messages, control) {
  const url = new URL(req.url ?? "/", "http://localhost")
  const newestFirst = [...messages].reverse()
  const action = /^\/api\/(pause|resume)$/.exec(url.pathname)
  if (action && req.method === "POST") {
    control[action[1]]()
    res.writeHead(204).end()
    return
  }
  if (url.pathname === "/api/messages" && req.method === "DELETE") {
    messages.length = 0
    res.writeHead(204).end()
    return
  }
  if (url.pathname === "/api/messages") {
    res.writeHead(200, { "content-type": "application/json" })
    res.end(JSON.stringify(newestFirst.map(({ raw, ...message }) => message)))
    return
  }
  const match = /^\/messages\/(\d+)$/.exec(url.pathname)
  if (match) {
    const message = messages.find((candidate) => candidate.id === match[1])
    res.writeHead(message ? 200 : 404, { "content-type": "text/html; charset=utf-8" })
    res.end(message ? renderMessage(message) : "<p>No such message</p>")
    return
  }
  if (url.pathname === "/") {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
    res.end(renderInbox(newestFirst))
    return
  }
  res.writeHead(404).end()
}

module.exports = { startMailCatcher }
