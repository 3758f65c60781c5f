import { execFileSync, spawn } from "node:child_process"
import { Redis } from "ioredis"
import pg from "pg"
import request from "supertest"
import { guestOrder, inbox, ownerHeaders } from "../helpers/demo-feedback"
import { demoStore } from "../helpers/demo-store"

/**
 * The store as `npm run start:cluster` runs it (two server instances behind the proxy and a worker, one
 * PostgreSQL, one Redis): what must hold there beyond one process. src/launcher/test.mjs starts it.
 */
jest.setTimeout(240_000)

type Instance = { name: string; url: string; workerMode: "server" | "worker" }

const store = demoStore()
const instances: Instance[] = JSON.parse(process.env.TP_CLUSTER_INSTANCES || "[]")
const servers = instances.filter((instance) => instance.workerMode === "server")
const worker = instances.find((instance) => instance.workerMode === "worker") ?? { name: "worker", url: "" }
const storeHeaders = { "x-publishable-api-key": store.publishableKey }

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** The store database's name (pg_stat_activity's datname). */
function storeDatabaseName(): string {
  return new URL(store.databaseUrl).pathname.slice(1)
}

async function withDatabase<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: store.databaseUrl })
  await db.connect()
  try {
    return await work(db)
  } finally {
    await db.end()
  }
}

describe("the store as a cluster", () => {
  beforeAll(() => {
    if (servers.length < 2 || !worker.url) {
      throw new Error("TP_CLUSTER_INSTANCES must name two server instances and a worker (npm test starts them)")
    }
  })

  it("should spread store requests over every server instance and keep the API off the worker", async () => {
    const answeredBy = new Set<string>()
    for (let index = 0; index < 8; index += 1) {
      const response = await request(store.backendUrl).get("/store/regions").set(storeHeaders).expect(200)
      answeredBy.add(response.headers["x-touchpoints-instance"])
    }
    expect([...answeredBy].sort()).toEqual(servers.map((server) => server.name).sort())
    await request(worker.url).get("/health").expect(200)
    const onWorker = await request(worker.url).get("/store/regions").set(storeHeaders)
    expect(onWorker.status).toBe(404)
  })

  it("should flush a cached answer on every instance when an owner changes it on one", async () => {
    await expectFlushReachesTheOtherInstance()
  })

  it("should run each order.placed subscriber on the worker once for an order placed on a server", async () => {
    await expectOrderCountedOnceByTheWorker()
  })

  it("should send exactly once when the worker is killed between claiming an email and sending it", async () => {
    await expectKilledWorkerSendsOnce()
  })

  it("should take events through a database outage: retryable answers, every batch stored once and whole", async () => {
    await expectIngestThroughDatabaseOutage()
  })

  it("should answer 503 with Retry-After, not 500, when the database cuts a request's connection", async () => {
    await expectCutConnectionAnswers503()
  })

  it("should recover on its own when Redis restarts: requests, events, cache flushes and jobs", async () => {
    await restartRedis()
    const answered = await eventually(
      () =>
        request(store.backendUrl)
          .get("/store/regions")
          .set(storeHeaders)
          .then((response) => response.status),
      (status) => status === 200,
      60_000
    )
    expect(answered).toBe(200)
    await expectOrderCountedOnceByTheWorker()
    await expectFlushReachesTheOtherInstance()
    await expectLostClaimSentOnce()
  })
})

/** An owner's change on the first server empties the second server's cached page far within its 30 s TTL. */
async function expectFlushReachesTheOtherInstance(): Promise<void> {
  const [first, second] = servers
  const admin = await ownerHeaders()
  const { products } = (await request(first.url).get("/admin/products?limit=1&fields=id").set(admin).expect(200)).body
  const path = `/store/products/${products[0].id}/next-steps`
  const similarTitle = async (server: Instance) => {
    const { body } = await request(server.url).get(path).set(storeHeaders).expect(200)
    return body.groups.find((group: { key: string }) => group.key === "similar")?.title as string
  }
  const before = await similarTitle(second) // now cached on the second instance
  const { settings } = (await request(first.url).get("/admin/next-steps/settings").set(admin).expect(200)).body
  const wanted = `Cluster picks ${Date.now() % 100_000}`
  try {
    await request(first.url)
      .post("/admin/next-steps/settings")
      .set(admin)
      .send({ groups: { similar: { ...settings.groups.similar, title: wanted } } })
      .expect(200)
    const seen = await eventually(
      () => similarTitle(second),
      (title) => title === wanted,
      3_000
    )
    expect({ before, seen }).toEqual({ before: expect.not.stringMatching(wanted), seen: wanted })
  } finally {
    await request(first.url)
      .post("/admin/next-steps/settings")
      .set(admin)
      .send({ groups: { similar: settings.groups.similar } })
      .expect(200)
  }
}

/** A guest's order placed through the proxy is counted into also-bought by the worker's subscriber, once. */
async function expectOrderCountedOnceByTheWorker(): Promise<void> {
  const orderId = await guestOrder(`cluster-${Date.now()}@example.com`)
  const counted = await eventually(
    () =>
      withDatabase(async (db) => {
        const { rows } = await db.query("SELECT count(*)::int AS n FROM tp_ab_order WHERE order_id = $1", [orderId])
        return rows[0].n as number
      }),
    (n) => n > 0,
    60_000
  )
  expect(counted).toBe(1)
}

/** A send claimed by a worker that died (lease over) goes out once, from the retry job (every minute, worker only). */
async function expectLostClaimSentOnce(): Promise<void> {
  const recipient = `lost-claim-${Date.now()}@example.com`
  const subject = `Claimed by a worker that died ${Date.now()}`
  await withDatabase((db) =>
    db.query(
      `INSERT INTO tp_email_send (id, idempotency_key, flow, subject_id, step, recipient, marketing, template,
         locale, subject, html, body_text, headers, status, attempts, lease_until, created_at, updated_at)
       VALUES ($1, $2, 'cluster-test', $3, '1', $4, false, 'cluster-test', 'en', $5, '<p>Hello</p>', 'Hello',
         '{}', 'sending', 1, now() - interval '1 minute', now(), now())`,
      [`tpes_cluster_${Date.now()}`, `cluster-test:${recipient}:1`, recipient, recipient, subject]
    )
  )
  const status = await eventually(
    () =>
      withDatabase(async (db) => {
        const { rows } = await db.query("SELECT status FROM tp_email_send WHERE recipient = $1", [recipient])
        return rows[0].status as string
      }),
    (value) => value === "sent",
    150_000
  )
  expect(status).toBe("sent")
  await new Promise((resolve) => setTimeout(resolve, 2_000))
  const delivered = (await inbox()).filter((message) => message.to.includes(recipient))
  expect(delivered.map((message) => message.subject)).toEqual([subject])
}

/**
 * A real crash: the mail server hangs (new connections get no greeting) while the worker's retry job claims a
 * due email and connects; the worker process is then killed (SIGKILL) and the launcher starts it again. The
 * dead worker never reached DATA, so nothing went out; once the claim's lease is over (5 minutes, moved
 * forward here instead of waited for) the new worker sends it, once.
 */
async function expectKilledWorkerSendsOnce(): Promise<void> {
  const recipient = `killed-worker-${Date.now()}@example.com`
  const subject = `Sent once after a worker crash ${Date.now()}`
  const row = () =>
    withDatabase(async (db) => {
      const { rows } = await db.query("SELECT status, attempts FROM tp_email_send WHERE recipient = $1", [recipient])
      return rows[0] as { status: string; attempts: number }
    })
  await mailServer("pause")
  try {
    await withDatabase((db) =>
      db.query(
        `INSERT INTO tp_email_send (id, idempotency_key, flow, subject_id, step, recipient, marketing, template,
           locale, subject, html, body_text, headers, status, attempts, next_attempt_at, created_at, updated_at)
         VALUES ($1, $2, 'cluster-test', $3, '1', $4, false, 'cluster-test', 'en', $5, '<p>Hello</p>', 'Hello',
           '{}', 'failed', 0, now(), now(), now())`,
        [`tpes_killed_${Date.now()}`, `cluster-test:${recipient}:1`, recipient, recipient, subject]
      )
    )
    const claimed = await eventually(row, (value) => value.status === "sending", 90_000)
    expect(claimed).toEqual({ status: "sending", attempts: 1 })
    await new Promise((resolve) => setTimeout(resolve, 1_000)) // the worker is now waiting for the greeting
    process.kill(listenerPid(new URL(worker.url).port), "SIGKILL")
  } finally {
    await mailServer("resume")
  }
  const back = await eventually(
    () =>
      request(worker.url)
        .get("/health")
        .then((response) => response.status)
        .catch(() => 0),
    (status) => status === 200,
    180_000
  )
  expect(back).toBe(200)
  expect((await inbox()).filter((message) => message.to.includes(recipient))).toEqual([])
  await withDatabase((db) =>
    db.query("UPDATE tp_email_send SET lease_until = now() - interval '1 second' WHERE recipient = $1", [recipient])
  )
  const sent = await eventually(row, (value) => value.status === "sent", 150_000)
  expect(sent).toEqual({ status: "sent", attempts: 2 })
  await new Promise((resolve) => setTimeout(resolve, 2_000))
  const delivered = (await inbox()).filter((message) => message.to.includes(recipient))
  expect(delivered.map((message) => message.subject)).toEqual([subject])
}

/**
 * Four clients send batches of ten page views through the proxy while every connection to the store's database
 * is cut and refused for 5 s (as a PostgreSQL restart does to its clients; the server process itself is shared
 * with the test harness, so it is not restarted). Each client sends a failed batch again until it is taken.
 * Every answer is 202 or a retryable 5xx (never a 4xx, never a 202 for a batch that was not stored), and each
 * batch is in the database exactly once, all ten events. A request that meets the outage may wait for the
 * connection pool and still end in 202, so "felt" means requests were in flight while the database refused
 * connections (checked with a connection attempt of its own), not that some answer was a 5xx.
 */
async function expectIngestThroughDatabaseOutage(): Promise<void> {
  const run = `outage${Date.now()}`
  const visitors: string[] = []
  for (let index = 0; index < 4; index += 1) {
    const issued = await request(store.backendUrl)
      .post("/store/touchpoints/visitor")
      .set(storeHeaders)
      .send({})
      .expect(201)
    visitors.push(issued.body.visitor_id)
  }
  for (const visitor of visitors) {
    await request(store.backendUrl)
      .post("/store/touchpoints/consent")
      .set(storeHeaders)
      .send({ analytics: true, visitor_id: visitor })
      .expect(200)
  }
  const answers: Record<string, number> = {}
  const requests: Array<{ sent: number; answered: number }> = []
  let batches = 0
  const until = Date.now() + 15_000
  const sendBatch = async (visitor: string, batch: number) => {
    const events = Array.from({ length: 10 }, (_, index) => ({
      type: "page_view",
      url: `https://outage.test/${run}/${batch}/${index}`,
    }))
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const sent = Date.now()
      const status = await request(store.backendUrl)
        .post("/store/touchpoints/events")
        .set({ ...storeHeaders, "x-touchpoints-visitor": visitor })
        .send({ events })
        .then((response) => response.status)
        .catch(() => 0) // the connection itself broke: also worth a retry
      requests.push({ sent, answered: Date.now() })
      answers[status] = (answers[status] ?? 0) + 1
      if (status === 202) return
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    throw new Error(`batch ${batch} was never taken`)
  }
  const clients = visitors.map(async (visitor) => {
    while (Date.now() < until) await sendBatch(visitor, batches++)
  })
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  const outage = await cutDatabaseConnections(5_000)
  await Promise.all(clients)

  const stored = await withDatabase(async (db) => {
    const { rows } = await db.query(
      `SELECT split_part(url, '/', 5) AS batch, count(*)::int AS events FROM tp_visitor_event
       WHERE url LIKE $1 GROUP BY 1`,
      [`https://outage.test/${run}/%`]
    )
    return new Map(rows.map((row: { batch: string; events: number }) => [Number(row.batch), row.events]))
  })
  expect(outage.refused).toBe(true)
  const duringOutage = requests.filter(({ sent, answered }) => sent < outage.ended && answered > outage.started)
  expect(duringOutage.length).toBeGreaterThan(0) // the outage was felt
  const retried = Object.entries(answers).filter(([status]) => status !== "202")
  expect(retried.filter(([status]) => Number(status) >= 400 && Number(status) < 500)).toEqual([])
  const perBatch = Array.from({ length: batches }, (_, batch) => stored.get(batch) ?? 0)
  expect(perBatch.filter((events) => events !== 10)).toEqual([])
}

/**
 * A guest reads their lists while the list table is locked, so the read waits inside PostgreSQL; then the
 * database ends that one connection (as a restart or an operator does). The app's error handler
 * (`databaseOutageErrorHandler`) answers 503 with Retry-After in Medusa's shape, and the next read works.
 */
async function expectCutConnectionAnswers503(): Promise<void> {
  const created = await request(store.backendUrl)
    .post("/store/wishlists")
    .set(storeHeaders)
    .send({ name: `outage ${Date.now()}` })
    .expect(200)
  const guest = { ...storeHeaders, "x-wishlist-token": created.body.guest_token as string }
  const name = storeDatabaseName()
  const locker = new pg.Client({ connectionString: store.databaseUrl })
  await locker.connect()
  let answer: request.Response
  try {
    await locker.query("BEGIN")
    await locker.query("LOCK TABLE tp_wishlist IN ACCESS EXCLUSIVE MODE")
    // `then` sends it now (supertest waits for one); it stays pending on the lock
    const reading = request(store.backendUrl)
      .get("/store/wishlists")
      .set(guest)
      .then((response) => response)
    // pg_stat_activity is read outside the locking transaction: inside one it stays the snapshot of its first read
    const waiting = await eventually(
      () =>
        withDatabase((db) =>
          db.query(
            `SELECT pid FROM pg_stat_activity
             WHERE datname = $1 AND wait_event_type = 'Lock' AND query ILIKE '%tp_wishlist%'`,
            [name]
          )
        ).then(({ rows }) => rows.map((row: { pid: number }) => row.pid)),
      (pids) => pids.length > 0,
      30_000
    )
    expect(waiting.length).toBeGreaterThan(0)
    await locker.query("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", [waiting])
    answer = await reading
  } finally {
    await locker.query("ROLLBACK").catch(() => undefined)
    await locker.end()
  }
  expect(answer.status).toBe(503)
  expect(answer.headers["retry-after"]).toBe("2")
  expect(answer.body).toEqual({
    type: "unavailable",
    message: "The shop's database is unavailable for a moment; send the same request again shortly",
  })
  const again = await request(store.backendUrl).get("/store/wishlists").set(guest).expect(200)
  expect(again.body.wishlists.map((list: { id: string }) => list.id)).toContain(created.body.wishlist.id)
}

/**
 * Cuts every connection to the store's database and refuses new ones for `ms`, then lets them in again.
 * Answers when the outage began and ended, and whether a connection attempt of its own was refused meanwhile.
 */
async function cutDatabaseConnections(ms: number): Promise<{ started: number; ended: number; refused: boolean }> {
  const name = storeDatabaseName()
  const admin = new pg.Client({ connectionString: store.databaseUrl.replace(/\/[^/]*$/, "/postgres") })
  await admin.connect()
  try {
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`)
    const started = Date.now()
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name])
    const probe = new pg.Client({ connectionString: store.databaseUrl })
    const refused = await probe.connect().then(
      () => probe.end().then(() => false),
      () => true
    )
    await new Promise((resolve) => setTimeout(resolve, ms))
    return { started, ended: Date.now(), refused }
  } finally {
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`)
    await admin.end()
  }
}

/** Holds ("pause") or releases ("resume") new connections to the demo store's mail catcher. */
async function mailServer(action: "pause" | "resume"): Promise<void> {
  const response = await fetch(new URL(`/api/${action}`, process.env.TP_MAIL_URL), { method: "POST" })
  if (response.status !== 204) throw new Error(`mail catcher ${action}: ${response.status}`)
}

/** The process listening on a local port (the instance itself, not the launcher's npx around it). */
function listenerPid(port: string): number {
  const listing = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" })
  const pid = /pid=(\d+)/.exec(listing)?.[1]
  if (!pid) throw new Error(`no process listens on port ${port}: ${listing}`)
  return Number(pid)
}

/**
 * Restarts the run's own Redis as a production Redis restarts (SHUTDOWN writes its append-only file; every
 * client is cut off), a few seconds down, then the same command line as the test harness used.
 */
async function restartRedis(): Promise<void> {
  const redis: { port: number; args: string[] } = JSON.parse(process.env.TP_CLUSTER_REDIS || "null")
  if (!redis) throw new Error("TP_CLUSTER_REDIS is unset: run through `npm test -- cluster`")
  const client = new Redis({ port: redis.port, lazyConnect: true, maxRetriesPerRequest: 0 })
  await client.connect()
  await client.shutdown("SAVE").catch(() => undefined) // the connection closes before a reply
  client.disconnect()
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  await new Promise<void>((resolve, reject) => {
    const child = spawn("redis-server", [...redis.args, "--daemonize", "yes"], { stdio: "ignore" })
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`redis-server exited ${code}`))))
  })
}
