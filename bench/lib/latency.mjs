// A closed-loop load generator that keeps every latency, so it can report p95 (autocannon stops at p90/p97.5).
// Each of `connections` workers sends its next request as soon as the previous one answered.
import { Agent, request } from "node:http"

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0

/** One GET over a keep-alive agent; resolves with the status code once the body is read. */
function get(url, headers, agent) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent }, (response) => {
      response.resume()
      response.on("end", () => resolve(response.statusCode ?? 0))
      response.on("error", reject)
    })
    req.on("error", reject)
    req.end()
  })
}

/**
 * Runs one phase against `url` (or `url(i)` for the i-th request) and returns req/s,
 * p50/p95/p99 in ms and the count of non-2xx answers. */
export async function measure({ url, headers = {}, connections = 10, durationSeconds = 15 }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const latencies = []
  let non2xx = 0
  let errors = 0
  let sent = 0
  const endAt = performance.now() + durationSeconds * 1000
  const worker = async () => {
    while (performance.now() < endAt) {
      const started = performance.now()
      try {
        const status = await get(typeof url === "function" ? url(sent++) : url, headers, agent)
        if (status < 200 || status >= 300) non2xx += 1
      } catch {
        errors += 1
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
