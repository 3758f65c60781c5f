/** Wall-clock timings per seed phase. */
export function createTimer() {
  const started = performance.now()
  let last = started
  const phases: Record<string, number> = {}
  return {
    mark(label: string) {
      const t = performance.now()
      phases[label] = Math.round(t - last)
      last = t
    },
    phases,
    totalMs: () => Math.round(performance.now() - started),
  }
}
