/** Back-off before attempt `attempts + 1`: base x 4^(attempts-1) seconds (1 min, 4 min, 16 min, ~1 h, ~4 h...). */
export function retryDelayMs(attempts: number, baseDelaySeconds: number): number {
  return baseDelaySeconds * 1000 * 4 ** Math.max(0, attempts - 1)
}
