/**
 * Deterministic randomness for the seed. mulberry32: a 32-bit state, fast, good enough for demo data, and the
 * same sequence on every machine. Each phase forks its own stream from a label, so adding draws to one phase
 * does not shift the data of the others.
 */
export type Rng = {
  /** float in [0, 1) */
  next(): number
  /** integer in [min, max] */
  int(min: number, max: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** index chosen with probability proportional to its weight */
  weightedIndex(weights: readonly number[]): number
  weighted<T>(items: readonly T[], weights: readonly number[]): T
  shuffle<T>(items: readonly T[]): T[]
  /** a child stream; the same label always gives the same stream */
  fork(label: string): Rng
}

export const SEED = 20_261_122

const hashLabel = (label: string): number => {
  // FNV-1a
  let h = 0x811c9dc5
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export function createRng(seed: number = SEED): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const weightedIndex = (weights: readonly number[]) => {
    let total = 0
    for (const w of weights) {
      total += w
    }
    let r = next() * total
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]
      if (r < 0) {
        return i
      }
    }
    return weights.length - 1
  }
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weightedIndex,
    weighted: (items, weights) => items[weightedIndex(weights)],
    shuffle: (items) => {
      const out = [...items]
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[out[i], out[j]] = [out[j], out[i]]
      }
      return out
    },
    fork: (label) => createRng((seed ^ hashLabel(label)) >>> 0),
  }
  return rng
}
