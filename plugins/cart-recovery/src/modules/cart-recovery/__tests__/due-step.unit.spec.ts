import { dueStep } from "../lib/due-step"

const HOUR = 3_600_000
const STEPS = [1, 24, 72]

describe("dueStep", () => {
  it("is null before the first delay", () => {
    expect(dueStep(STEPS, 0, 0.5 * HOUR)).toBeNull()
  })

  it("is the next step once its delay passed", () => {
    expect(dueStep(STEPS, 0, 2 * HOUR)).toBe(0)
    expect(dueStep(STEPS, 1, 2 * HOUR)).toBeNull()
    expect(dueStep(STEPS, 1, 25 * HOUR)).toBe(1)
  })

  it("skips to the latest due step for a cart found late, never sending a burst", () => {
    expect(dueStep(STEPS, 0, 80 * HOUR)).toBe(2)
  })

  it("is null when the sequence is done", () => {
    expect(dueStep(STEPS, 3, 500 * HOUR)).toBeNull()
  })
})
