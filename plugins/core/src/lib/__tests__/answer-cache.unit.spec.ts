import { createAnswerCache } from "../answer-cache"

/** A computation that finishes when told to, counting how often it was started. */
function gate<T>(value: T) {
  let release: () => void = () => {}
  let started = 0
  const compute = () => {
    started += 1
    return new Promise<T>((resolve) => {
      release = () => resolve(value)
    })
  }
  return { compute, release: () => release(), started: () => started }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe("createAnswerCache", () => {
  it("should compute a missing answer once for every request that waits for it", async () => {
    const cache = createAnswerCache({ ttlSeconds: 30, maxKeys: 10 })
    const answer = gate("groups")
    const waiting = Array.from({ length: 32 }, () => cache.cached("product-1", answer.compute))
    await tick()
    answer.release()
    expect(await Promise.all(waiting)).toEqual(Array(32).fill("groups"))
    expect(answer.started()).toBe(1)
    expect(await cache.cached("product-1", () => Promise.resolve("recomputed"))).toBe("groups")
  })

  it("should not keep an answer computed from data older than a flush", async () => {
    const cache = createAnswerCache({ ttlSeconds: 30, maxKeys: 10 })
    const before = gate("old title")
    const first = cache.cached("product-1", before.compute)
    await tick()
    cache.flush() // the owner changed the title meanwhile
    const after = cache.cached("product-1", () => Promise.resolve("new title"))
    before.release()
    expect(await first).toBe("old title")
    expect(await after).toBe("new title")
    expect(await cache.cached("product-1", () => Promise.resolve("again"))).toBe("new title")
  })

  it("should keep nothing when the computation fails, and let every waiter see the failure", async () => {
    const cache = createAnswerCache({ ttlSeconds: 30, maxKeys: 10 })
    const failing = () => Promise.reject(new Error("database away"))
    const waiting = [cache.cached("product-1", failing), cache.cached("product-1", failing)]
    await expect(Promise.all(waiting)).rejects.toThrow("database away")
    expect(await cache.cached("product-1", () => Promise.resolve("fine"))).toBe("fine")
  })
})
