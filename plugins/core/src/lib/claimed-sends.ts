import type { MedusaContainer } from "@medusajs/framework/types"
import { type SendEmailInput, type SendEmailResult, sendEmailsWorkflow } from "../workflows/email"

/**
 * One loop of claimed sends (cart reminders, survey emails and their follow-ups, wishlist alerts): find due work a
 * page at a time, then per batch claim it (the plugin's claim workflow, or the email core's idempotency key
 * `<flow>:<subject>:<step>` alone), send the claimed emails in one call, and settle each one's outcome (the
 * plugin's settle workflow). The claims are what make two workers at once safe: a key is never sent twice.
 */
export type ClaimedSends<Item, Batch, Outcome extends string> = {
  /**
   * The page of due work after `cursor` (null: the first), and the cursor of the next page (null: none follows).
   * A page may be empty while more follow (its items were all filtered out).
   */
  findDue(cursor: string | null): Promise<{ items: Item[]; next: string | null }>
  /** Items claimed, sent and settled together; due items of several pages fill one batch. */
  batchSize: number
  /** Batches in flight at once (1: each batch is settled before the next page is read). */
  concurrency: number
  /** Decides which items get an email now and claims them; answers the batch and the outcomes of the others. */
  claim(items: Item[]): Promise<{ batch: Batch; outcomes: Outcome[] }>
  /** The emails of a claimed batch, in the order `settle` reads their results. */
  messagesOf(batch: Batch): SendEmailInput[]
  /** Records how each send ended (results in the order of `messagesOf`; none when nothing was sent). */
  settle(batch: Batch, results: SendEmailResult[]): Promise<Outcome[]>
  /**
   * When building or sending the emails throws (nothing went out): give the claims back, so the next run tries
   * them again. The error is then rethrown. Without it the claims stay (the email core's keys decide).
   */
  release?(batch: Batch): Promise<void>
}

/** How many items ended how, over a whole run. */
export type ClaimedSendsSummary<Outcome extends string> = { outcomes: Partial<Record<Outcome, number>> }

/**
 * Runs one pass of a claimed-send loop: pages through the due work and handles it in batches of `batchSize`,
 * `concurrency` at a time. The first failure is thrown once the batches already running have settled (their
 * claims stay recorded).
 */
export async function runClaimedSends<Item, Batch, Outcome extends string>(
  container: MedusaContainer,
  loop: ClaimedSends<Item, Batch, Outcome>
): Promise<ClaimedSendsSummary<Outcome>> {
  const summary: ClaimedSendsSummary<Outcome> = { outcomes: {} }
  const tally = (outcomes: Outcome[]) => {
    for (const outcome of outcomes) summary.outcomes[outcome] = (summary.outcomes[outcome] ?? 0) + 1
  }
  const batches = new BatchPool(loop.concurrency)
  const handle = (items: Item[]) => batches.add(async () => tally(await claimSendSettle(container, loop, items)))
  let waiting: Item[] = []
  let cursor: string | null = null
  for (;;) {
    const page = await loop.findDue(cursor)
    waiting.push(...page.items)
    while (waiting.length >= loop.batchSize) {
      await handle(waiting.slice(0, loop.batchSize))
      waiting = waiting.slice(loop.batchSize)
    }
    if (page.next === null) break
    cursor = page.next
  }
  if (waiting.length) await handle(waiting)
  await batches.drain()
  return summary
}

/** One batch: claim, send what was claimed, settle; answers its items' outcomes. */
async function claimSendSettle<Item, Batch, Outcome extends string>(
  container: MedusaContainer,
  loop: ClaimedSends<Item, Batch, Outcome>,
  items: Item[]
): Promise<Outcome[]> {
  const { batch, outcomes } = await loop.claim(items)
  let results: SendEmailResult[] = []
  try {
    const messages = loop.messagesOf(batch)
    if (messages.length) results = (await sendEmailsWorkflow(container).run({ input: { messages } })).result
  } catch (error) {
    if (loop.release) await loop.release(batch)
    throw error
  }
  return [...outcomes, ...(await loop.settle(batch, results))]
}

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
