import { randomBytes } from "node:crypto"

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/**
 * `<prefix>_<ULID>` like Medusa's generateEntityId, but with one randomBytes call per id instead of
 * one per character (ids are minted ten at a time on the events hot path; measured ~5% of its CPU).
 */
export function entityId(prefix: string): string {
  let time = Date.now()
  let timePart = ""
  for (let i = 0; i < 10; i++) {
    timePart = CROCKFORD[time % 32] + timePart
    time = Math.floor(time / 32)
  }
  const bytes = randomBytes(10)
  let randomPart = ""
  for (let i = 0; i < 16; i++) {
    // 16 characters of 5 bits from 80 random bits
    const bit = i * 5
    const byte = bit >> 3
    const value = ((bytes[byte] << 8) | (bytes[byte + 1] ?? 0)) >> (11 - (bit & 7))
    randomPart += CROCKFORD[value & 31]
  }
  return `${prefix}_${timePart}${randomPart}`
}
