import { retryDelayMs } from "../lib/retry-delay"

describe("retryDelayMs", () => {
  it("waits 1, 4, 16, 64 minutes after the 1st to 4th failed attempt (base 60 s)", () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 60) / 60_000)).toEqual([1, 4, 16, 64])
  })
})
