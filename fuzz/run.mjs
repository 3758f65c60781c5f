#!/usr/bin/env node
// `npm run fuzz`: hostile requests to every store and admin route of the plugins, against a running store on
// loopback. Exits 1 on any response >= 500, any body that leaks internals, or a dropped connection (a timeout,
// FUZZ_TIMEOUT_MS, is reported as "no-resp" but does not fail the run: a slow route on a busy machine).
// Env: TP_BACKEND_URL (default http://localhost:9000), FUZZ_SEED, FUZZ_REQUESTS (default 3000),
// FUZZ_SECONDS (default 180), TP_PUBLISHABLE_KEY (else read through the admin API).
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { actorsFor, setUp } from "./actors.mjs"
import { loopbackUrl, send } from "./http.mjs"
import { body, encode, param, query } from "./inputs.mjs"
import { leaksIn } from "./leaks.mjs"
import { createRandom, seedFrom } from "./prng.mjs"
import { count, newCounts, printReport } from "./report.mjs"
import { discoverFields, discoverRoutes, paramKind } from "./routes.mjs"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const base = loopbackUrl(process.env.TP_BACKEND_URL || "http://localhost:9000")
const seed = seedFrom(process.env)
const maxRequests = Number(process.env.FUZZ_REQUESTS || 3000)
const maxSeconds = Number(process.env.FUZZ_SECONDS || 180)
const verbose = process.env.FUZZ_VERBOSE === "1"
console.log(
  `fuzz: ${base}, seed ${seed} (replay with FUZZ_SEED=${seed}), at most ${maxRequests} requests / ${maxSeconds} s`
)

const random = createRandom(seed)
const routes = discoverRoutes(root).filter((route) => route.methods.length)
const fields = discoverFields(root)
const { actors, pools } = await setUp(base)
const targets = routes.flatMap((route) =>
  route.methods.map((method) => ({ ...route, method, name: `${method} ${route.path}`, counts: newCounts() }))
)
console.log(`fuzz: ${targets.length} method+route pairs in ${routes.length} route files, ${fields.length} field names`)

const EMPTY = { real: [], foreign: [] }
/** The concrete URL: params from their pool (never a real id for an admin DELETE: demo data stays). */
function urlFor(target) {
  const variants = []
  let path = target.path
  for (const name of target.params) {
    const pool = pools[paramKind(target.path, name)] ?? EMPTY
    const safe = target.method === "DELETE" && target.path.startsWith("/admin/") ? { ...pool, real: [] } : pool
    const chosen = param(random, safe)
    variants.push(chosen.variant)
    path = path.replace(`:${name}`, encode(chosen.text))
  }
  return { path: `${path}${query(random, fields)}`, variants }
}

const realIds = [...new Set(Object.values(pools).flatMap((pool) => [...pool.real, ...pool.foreign]))]
/** Some `*_id` fields get a real id of any kind, so requests also get past validation into the handlers. */
function withRealIds(payload) {
  if (!payload?.json || typeof payload.json !== "object" || Array.isArray(payload.json) || !realIds.length) {
    return payload
  }
  for (const key of Object.keys(payload.json)) {
    if (key.endsWith("_id") && random.chance(0.5)) {
      payload.json[key] = random.pick(realIds)
    }
  }
  return payload
}

const failures = []
const started = Date.now()
let sent = 0
outer: while (true) {
  for (const target of targets) {
    if (sent >= maxRequests || Date.now() - started > maxSeconds * 1000) {
      break outer
    }
    const actor = random.pick(actorsFor(target.path))
    const { path, variants } = urlFor(target)
    const payload = target.method === "GET" ? undefined : withRealIds(body(random, fields))
    const headers = { ...actors[actor] }
    if (random.chance(0.05)) {
      headers["x-touchpoints-visitor"] = random.pick([
        "short",
        "x".repeat(200),
        "bad visitor!",
        "fuzzvisitor-forged-0001",
        `fuzzvisitor-forged-0001.0.${"A".repeat(22)}`,
      ])
    }
    const response = await send(base, target.method, path, { headers, body: payload })
    sent += 1
    const leaks = leaksIn(response.text)
    count(target.counts, response.status, leaks.length > 0)
    // a timeout is reported (a slow route under load), and so is EPIPE (the server refused, e.g. 401, before it read
    // a large body); any other dropped connection fails the run like a 500
    const dropped = response.status === 0 && response.error !== "timeout" && !response.error.includes("EPIPE")
    if (dropped) {
      target.counts.dropped = (target.counts.dropped ?? 0) + 1
    }
    if (response.status >= 500 || response.status === 0 || leaks.length) {
      failures.push({ target: target.name, actor, path, variants, payload, response, leaks })
    }
    if (verbose) {
      console.log(`${response.status} ${actor} ${target.method} ${path.slice(0, 160)}`)
    }
  }
}

/** The URL cut to 300 characters, with the names of every query parameter (a long value hides the later ones). */
function shortUrl(path) {
  if (path.length <= 300) return path
  const names = [...new URL(path, base).searchParams.keys()]
  return `${path.slice(0, 300)}... (query parameters: ${names.join(", ")})`
}

const totals = printReport(targets, { seed, seconds: (Date.now() - started) / 1000 })
for (const failure of failures.slice(0, 30)) {
  const sentBody = failure.payload ? JSON.stringify(failure.payload).slice(0, 300) : "-"
  console.log(
    `\n${failure.response.status || failure.response.error} ${failure.target} as ${failure.actor} ` +
      `(params: ${failure.variants.join(",") || "-"})${failure.leaks.length ? ` leaks: ${failure.leaks.join(", ")}` : ""}` +
      `\n  url: ${shortUrl(failure.path)}\n  body: ${sentBody}\n  answer: ${failure.response.text.slice(0, 400)}`
  )
}
const dropped = targets.reduce((sum, target) => sum + (target.counts.dropped ?? 0), 0)
process.exit(totals.server || totals.leaks || dropped ? 1 : 0)
