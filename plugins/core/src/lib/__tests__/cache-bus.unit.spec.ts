import { createCacheBus } from "../cache-bus"

// Two buses stand for two instances of a store; they talk through the Redis on this machine.
const REDIS_URL = process.env.TP_TEST_REDIS_URL || "redis://127.0.0.1:6379/7"

const eventually = async (check: () => boolean, ms = 3_000) => {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error("not within time")
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe("cache bus", () => {
  const here = createCacheBus()
  const there = createCacheBus()

  beforeAll(async () => {
    await Promise.all([here.connect(REDIS_URL), there.connect(REDIS_URL)])
  })
  afterAll(async () => {
    await Promise.all([here.close(), there.close()])
  })

  it("should flush the same cache on the other instance, with its keys, and not echo to the sender", async () => {
    const seenThere: (string[] | null)[] = []
    const seenHere: (string[] | null)[] = []
    const otherCache: (string[] | null)[] = []
    there.listen("groups", (keys) => seenThere.push(keys))
    there.listen("companions", (keys) => otherCache.push(keys))
    here.listen("groups", (keys) => seenHere.push(keys))

    here.announce("groups")
    here.announce("groups", ["variant_1", "variant_2"])
    await eventually(() => seenThere.length === 2)

    expect(seenThere).toEqual([null, ["variant_1", "variant_2"]])
    expect(otherCache).toEqual([])
    expect(seenHere).toEqual([])
  })

  it("should keep flushes local and never throw when it is not connected", () => {
    const alone = createCacheBus()
    expect(() => alone.announce("groups")).not.toThrow()
  })
})
