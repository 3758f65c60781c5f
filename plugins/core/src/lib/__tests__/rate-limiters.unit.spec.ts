import { RATE_LIMIT_GROUPS, rateLimitOptionsSchema } from "../rate-limit-options"

// Two copies of the module stand for two instances of a store; in Redis mode they count through the Redis on
// this machine (database 8, flushed of this test's keys only through a unique group prefix per run).
const REDIS_URL = process.env.TP_TEST_REDIS_URL || "redis://127.0.0.1:6379/8"

type Limiters = typeof import("../rate-limiters")
const freshInstance = (): Limiters => {
  let instance: Limiters | undefined
  jest.isolateModules(() => {
    instance = require("../rate-limiters")
  })
  return instance as Limiters
}

const options = (overrides: Record<string, unknown>) => rateLimitOptionsSchema.parse(overrides)

describe("rateLimitOptionsSchema", () => {
  it("should default every group and refuse unknown keys or negative budgets", () => {
    expect(rateLimitOptionsSchema.parse(undefined)).toMatchObject(RATE_LIMIT_GROUPS)
    expect(options({ events: { points: 0 } }).events).toEqual({ points: 0, duration: 60 })
    expect(rateLimitOptionsSchema.safeParse({ event: { points: 1 } }).success).toBe(false)
    expect(rateLimitOptionsSchema.safeParse({ events: { points: -1 } }).success).toBe(false)
    expect(rateLimitOptionsSchema.safeParse({ events: { points: 1, duration: 0 } }).success).toBe(false)
  })
})

describe("consumeRate in memory", () => {
  it("should refuse the request after the budget with the seconds until the window ends", async () => {
    const limits = freshInstance()
    await limits.configureRateLimits(options({ events: { points: 2, duration: 30 } }))
    expect(await limits.consumeRate("events", ["ip:1"])).toEqual({ allowed: true })
    expect(await limits.consumeRate("events", ["ip:1"])).toEqual({ allowed: true })
    const refused = await limits.consumeRate("events", ["ip:1"])
    expect(refused.allowed).toBe(false)
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(28)
    // another client, and another group, have their own budgets
    expect(await limits.consumeRate("events", ["ip:2"])).toEqual({ allowed: true })
    expect(await limits.consumeRate("consent", ["ip:1"])).toEqual({ allowed: true })
  })

  it("should count the subject apart from the IP: a subject over budget is refused from any IP", async () => {
    const limits = freshInstance()
    await limits.configureRateLimits(options({ surveyAnswers: { points: 1, duration: 30 } }))
    expect((await limits.consumeRate("surveyAnswers", ["ip:1", "subject:s"])).allowed).toBe(true)
    expect((await limits.consumeRate("surveyAnswers", ["ip:2", "subject:s"])).allowed).toBe(false)
  })

  it("should let everything through when a group's points are 0", async () => {
    const limits = freshInstance()
    await limits.configureRateLimits(options({ events: { points: 0 } }))
    for (let count = 0; count < 50; count++) {
      expect((await limits.consumeRate("events", ["ip:1"])).allowed).toBe(true)
    }
  })
})

describe("consumeRate with Redis", () => {
  const instances: Limiters[] = []
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.closeRateLimits()))
  })

  it("should share one count between two instances of the store", async () => {
    const [first, second] = [freshInstance(), freshInstance()]
    instances.push(first, second)
    for (const instance of [first, second]) {
      await instance.configureRateLimits(options({ redisUrl: REDIS_URL, events: { points: 3, duration: 30 } }))
    }
    const client = `ip:redis-test-${Date.now()}-${Math.random()}`
    expect((await first.consumeRate("events", [client])).allowed).toBe(true)
    expect((await second.consumeRate("events", [client])).allowed).toBe(true)
    expect((await first.consumeRate("events", [client])).allowed).toBe(true)
    // the fourth request of the window, on the other instance: refused there too
    expect((await second.consumeRate("events", [client])).allowed).toBe(false)
  })

  it("should fall back to counting in memory while Redis is unreachable", async () => {
    const away = freshInstance()
    instances.push(away)
    await away.configureRateLimits(options({ redisUrl: "redis://127.0.0.1:1/0", events: { points: 1, duration: 30 } }))
    expect((await away.consumeRate("events", ["ip:1"])).allowed).toBe(true)
    expect((await away.consumeRate("events", ["ip:1"])).allowed).toBe(false)
  })
})
