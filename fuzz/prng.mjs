// A small seeded PRNG (mulberry32): the same FUZZ_SEED gives the same inputs, so a failing run can be replayed.

/** A random source with the helpers the generators need. */
export function createRandom(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  const pick = (items) => items[int(0, items.length - 1)]
  const chance = (p) => next() < p
  return { next, int, pick, chance }
}

/** FUZZ_SEED when given (a number), else one from the clock; always printed by the runner. */
export function seedFrom(env) {
  if (env.FUZZ_SEED !== undefined && env.FUZZ_SEED !== "") {
    const seed = Number(env.FUZZ_SEED)
    if (!Number.isInteger(seed) || seed < 0) {
      throw new Error(`FUZZ_SEED must be a non-negative integer, got ${env.FUZZ_SEED}`)
    }
    return seed
  }
  return Date.now() % 2147483647
}
