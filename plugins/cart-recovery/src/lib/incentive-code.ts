import { createHmac } from "node:crypto"

/** Letters and digits that cannot be mistaken for each other when typed from an email (no 0/O, 1/I/L). */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

/**
 * The promotion code of a cart's incentive step: unique per cart and step, unguessable without the secret, and the
 * same on every worker (so two workers reminding the same cart never make two codes), e.g. `COMEBACK-7KQ4M2XH`.
 */
export function incentiveCode(secret: string, cartId: string, step: number): string {
  const digest = createHmac("sha256", secret).update(`cart-recovery-incentive:${cartId}:${step}`).digest()
  const letters = [...digest.subarray(0, 10)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("")
  return `COMEBACK-${letters}`
}
