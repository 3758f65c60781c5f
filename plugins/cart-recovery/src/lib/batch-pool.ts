/**
 * At most `size` batches in flight: `add` waits for a free place, `drain` for the rest. The first failure is
 * thrown from `add` or `drain` once the batches already running have settled (their claims stay recorded).
 */
export class BatchPool {
  private readonly running = new Set<Promise<void>>()
  private failure: unknown = null

  constructor(private readonly size: number) {}

  async add(work: () => Promise<void>): Promise<void> {
    this.throwFailure()
    const task: Promise<void> = work()
      .catch((error: unknown) => {
        this.failure ??= error
      })
      .finally(() => this.running.delete(task))
    this.running.add(task)
    if (this.running.size >= this.size) await Promise.race(this.running)
    if (this.failure) await this.drain()
  }

  async drain(): Promise<void> {
    await Promise.all(this.running)
    this.throwFailure()
  }

  private throwFailure() {
    if (this.failure) throw this.failure
  }
}
