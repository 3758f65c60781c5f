import { BatchPool } from "@touchpoints/core/lib"

/** A promise and the functions that settle it, so a test decides when each batch ends. */
function deferred() {
  let resolve!: () => void
  let reject!: (error: Error) => void
  const promise = new Promise<void>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe("BatchPool", () => {
  it("runs at most `size` batches at once and waits for a free place", async () => {
    const pool = new BatchPool(2)
    const batches = [deferred(), deferred(), deferred()]
    let running = 0
    let most = 0
    const work = (index: number) => async () => {
      running += 1
      most = Math.max(most, running)
      await batches[index].promise
      running -= 1
    }
    await pool.add(work(0))
    let secondAdded = false
    const second = pool.add(work(1)).then(() => {
      secondAdded = true
    })
    await tick()
    expect(secondAdded).toBe(false)
    batches[0].resolve()
    await second
    const third = pool.add(work(2))
    batches[1].resolve()
    await third
    batches[2].resolve()
    await pool.drain()
    expect(most).toBe(2)
    expect(running).toBe(0)
  })

  it("throws the first failure once the batches already running have settled", async () => {
    const pool = new BatchPool(2)
    const slow = deferred()
    let slowFinished = false
    await pool.add(async () => {
      await slow.promise
      slowFinished = true
    })
    const failing = pool.add(async () => {
      throw new Error("smtp down")
    })
    setTimeout(() => slow.resolve(), 10)
    await expect(failing).rejects.toThrow("smtp down")
    expect(slowFinished).toBe(true)
    await expect(pool.add(async () => {})).rejects.toThrow("smtp down")
  })

  it("drain waits for every batch", async () => {
    const pool = new BatchPool(3)
    const done: number[] = []
    for (const index of [0, 1, 2]) {
      await pool.add(async () => {
        await tick()
        done.push(index)
      })
    }
    await pool.drain()
    expect(done.sort()).toEqual([0, 1, 2])
  })
})
