// A thin promise wrapper over autocannon that returns the numbers the benchmarks print.
import autocannon from "autocannon"

/** Runs one load phase and returns requests/s, latency percentiles and error counts. */
export async function load({ url, connections, durationSeconds, method = "GET", headers, body, setupRequest }) {
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    requests: [{ method, headers, body, ...(setupRequest ? { setupRequest } : {}) }],
  })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
  }
}
