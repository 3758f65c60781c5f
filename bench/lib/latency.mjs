// A closed-loop load generator that keeps every latency, so it can report p95 (autocannon stops at p90/p97.5).
// Each of `connections` workers sends its next request as soon as the previous one answered.
import { Agent, request } from "node:http"

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0

/**
 * One request over a keep-alive agent; resolves with the status code (and the body text when `keepBody`) once
 * the body is read. */
function send(url, { method, headers, body, agent, keepBody }) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (response) => {
      let text = ""
      if (keepBody) {
        response.setEncoding("utf8")
        response.on("data", (chunk) => (text += chunk))
      } else {
        response.resume()
      }
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }))
      response.on("error", reject)
    })
    req.on("error", reject)
    req.end(body)
  })
}

const valueFor = (value, i) => (typeof value === "function" ? value(i) : value)

/**
 * Runs one phase against `url` and returns req/s, p50/p95/p99 in ms and the count of non-2xx answers.
 * `url`, `headers` and `body` may be functions of the request's index i (0, 1, 2...), so a request can carry its
 * own visitor or payload; `onAnswer(i, status, bodyText)` sees every answer (the body is only read then), and
 * `onError(i, error)` every request that got no answer. */
export async function measure({
  url,
  headers = {},
  method = "GET",
  body,
  connections = 10,
  durationSeconds = 15,
  onAnswer,
  onError,
}) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const latencies = []
  let non2xx = 0
  let errors = 0
  let sent = 0
  const endAt = performance.now() + durationSeconds * 1000
  const worker = async () => {
    while (performance.now() < endAt) {
      const i = sent++
      const started = performance.now()
      try {
        const answer = await send(valueFor(url, i), {
          method,
          headers: valueFor(headers, i),
          body: valueFor(body, i),
          agent,
          keepBody: Boolean(onAnswer),
        })
        if (answer.status < 200 || answer.status >= 300) non2xx += 1
        onAnswer?.(i, answer.status, answer.text)
      } catch (error) {
        errors += 1
        onError?.(i, error)
      }
      latencies.push(performance.now() - started)
    }
  }
  const began = performance.now()
  await Promise.all(Array.from({ length: connections }, worker))
  const elapsed = (performance.now() - began) / 1000
  agent.destroy()
  const sorted = latencies.sort((a, b) => a - b)
  const round = (value) => Math.round(value * 10) / 10
  return {
    requests: sorted.length,
    rps: round(sorted.length / elapsed),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    non2xx,
    errors,
  }
}
