// The small local load balancer of `npm run start:cluster`: one port in front of several Medusa server
// instances, round-robin over the healthy ones. A request whose instance refuses the connection goes to the
// next one (nothing reached Medusa yet, so a retry is safe); an instance that fails is left out until its
// /health answers again. Each answer names its instance in `x-touchpoints-instance` (tests and debugging).
import http from "node:http"

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
])
// bodies are buffered so a refused connection can be retried elsewhere; Medusa's own JSON limit is far below
const MAX_BODY_BYTES = 50 * 1024 * 1024
const HEALTH_EVERY_MS = 1_000
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS"])

/**
 * @param {{ port: number, backends: { name: string, url: string }[], log?: (line: string) => void,
 *   maxBodyBytes?: number }} options
 * @returns {Promise<{ stop: () => Promise<void>, served: Map<string, number> }>}
 */
export async function startProxy({ port, backends, log = () => {}, maxBodyBytes = MAX_BODY_BYTES }) {
  const pool = backends.map((backend) => ({ ...backend, target: new URL(backend.url), healthy: true }))
  const served = new Map(pool.map((backend) => [backend.name, 0]))
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
  let next = 0

  const pick = (exclude) => {
    const candidates = pool.filter((backend) => backend.healthy && !exclude.has(backend))
    if (!candidates.length) return null
    next = (next + 1) % candidates.length
    return candidates[next]
  }

  const forward = (backend, req, body) =>
    new Promise((resolve, reject) => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase()))
      )
      headers["x-forwarded-for"] = req.socket.remoteAddress ?? ""
      headers["x-forwarded-proto"] = "http"
      const upstream = http.request(
        {
          agent,
          host: backend.target.hostname,
          port: backend.target.port,
          method: req.method,
          path: req.url,
          headers: { ...headers, "content-length": String(body.length) },
        },
        resolve
      )
      upstream.on("error", reject)
      upstream.end(body)
    })

  const server = http.createServer(async (req, res) => {
    let body
    try {
      body = await readBody(req, maxBodyBytes)
    } catch (error) {
      res.writeHead(error.status ?? 400, { "content-type": "application/json", connection: "close" })
      res.end(JSON.stringify({ type: "invalid_data", message: error.message }))
      return
    }
    const tried = new Set()
    for (let backend = pick(tried); backend; backend = pick(tried)) {
      tried.add(backend)
      try {
        const upstream = await forward(backend, req, body)
        served.set(backend.name, served.get(backend.name) + 1)
        const headers = Object.fromEntries(
          Object.entries(upstream.headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase()))
        )
        res.writeHead(upstream.statusCode ?? 502, { ...headers, "x-touchpoints-instance": backend.name })
        upstream.on("error", () => res.destroy())
        upstream.pipe(res)
        return
      } catch (error) {
        if (error.code === "ECONNREFUSED") {
          backend.healthy = false
          log(`${backend.name} refused a connection: left out until its /health answers`)
          continue
        }
        // the instance may have acted on the request before it went away: only reads are tried again
        if (IDEMPOTENT.has(req.method ?? "") && error.code === "ECONNRESET") continue
        res.writeHead(502, { "content-type": "application/json", "retry-after": "1" })
        res.end(JSON.stringify({ type: "unexpected_state", message: "The store instance went away; retry shortly" }))
        return
      }
    }
    res.writeHead(503, { "content-type": "application/json", "retry-after": "1" })
    res.end(JSON.stringify({ type: "unexpected_state", message: "No store instance is available; retry shortly" }))
  })
  server.keepAliveTimeout = 65_000

  const health = setInterval(() => {
    for (const backend of pool) {
      fetch(new URL("/health", backend.target), { signal: AbortSignal.timeout(900) })
        .then((response) => {
          if (response.ok && !backend.healthy) log(`${backend.name} is back`)
          backend.healthy = response.ok
        })
        .catch(() => {
          backend.healthy = false
        })
    }
  }, HEALTH_EVERY_MS)
  health.unref()

  await new Promise((resolve, reject) => server.once("error", reject).listen(port, resolve))
  return {
    served,
    stop: () =>
      new Promise((resolve) => {
        clearInterval(health)
        agent.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function readBody(req, maxBodyBytes) {
  return new Promise((resolve, reject) => {
    const chunks = []
    let size = 0
    const collect = (chunk) => {
      size += chunk.length
      if (size > maxBodyBytes) {
        // Answer 413 and read the rest into nowhere: destroying the socket would reset the connection before
        // the client could read the answer.
        req.off("data", collect)
        req.resume()
        chunks.length = 0
        reject(Object.assign(new Error("Request body is too large"), { status: 413 }))
        return
      }
      chunks.push(chunk)
    }
    req.on("data", collect)
    req.on("end", () => resolve(Buffer.concat(chunks)))
    req.on("error", reject)
  })
}
