import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { type CoreOptions, parseCoreOptions } from "../visitor/options"
import { EmailComposer } from "./lib/composer"
import { retryDelayMs } from "./lib/retry-delay"
import {
  type BlockReason,
  type ClaimInput,
  type ClaimOutcome,
  type EmailSendRow,
  type Gate,
  idempotencyKeyOf,
  normalizeAddress,
} from "./lib/types"
import { EmailConsent } from "./models/email-consent"
import { EmailSend } from "./models/email-send"
import { EmailSuppression } from "./models/email-suppression"

type Manager = SqlEntityManager

export type ConsentRecord = { address: string; flow: string; granted: boolean; source: string; recorded_at: Date }

/** The statuses a send counts towards the frequency cap in (a dead send never reached anybody). */
const CAPPED_STATUSES = "('claimed', 'sending', 'sent', 'failed')"

/**
 * The email core's ledger: claims under idempotency keys, the send state machine, consent, suppression and the
 * frequency cap. Claims serialize per address in PostgreSQL (advisory lock), so two workers or two flows never
 * both pass the cap or both claim one key, on any number of instances.
 */
export default class EmailModuleService extends MedusaService({ EmailSend, EmailConsent, EmailSuppression }) {
  readonly settings: CoreOptions["email"]
  readonly composer: EmailComposer

  constructor(container: Record<string, unknown>, options: unknown) {
    super(container)
    this.settings = parseCoreOptions(options).email
    this.composer = new EmailComposer(this.settings)
  }

  /** The send claimed under a key, or null. */
  @InjectManager()
  async sendByKey(key: string, @MedusaContext() sharedContext: Context = {}): Promise<EmailSendRow | null> {
    const [row] = await (sharedContext.manager as Manager).execute<EmailSendRow[]>(
      "SELECT * FROM tp_email_send WHERE idempotency_key = ? AND deleted_at IS NULL",
      [key]
    )
    return row ?? null
  }

  /** Why `gate` is blocked right now, or null when a message may go (a read-only pre-check; the claim re-checks). */
  @InjectManager()
  async blockReason(gate: Gate, @MedusaContext() sharedContext: Context = {}): Promise<BlockReason | null> {
    return this.findBlock(sharedContext.manager as Manager, { ...gate, recipient: normalizeAddress(gate.recipient) })
  }

  /**
   * Claims a message under `<flow>:<subject>:<step>` after checking suppression, consent and the frequency cap,
   * all in one transaction holding the address's lock. A second claim of the key answers "duplicate".
   */
  @InjectTransactionManager()
  async claimSend(input: ClaimInput, @MedusaContext() sharedContext: Context = {}): Promise<ClaimOutcome> {
    const manager = sharedContext.transactionManager as Manager
    const recipient = normalizeAddress(input.recipient)
    const key = idempotencyKeyOf(input.flow, input.subjectId, input.step)
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`tp_email:${recipient}`])
    const [existing] = await manager.execute<EmailSendRow[]>("SELECT * FROM tp_email_send WHERE idempotency_key = ?", [
      key,
    ])
    if (existing) {
      return { outcome: "duplicate", send: existing }
    }
    const reason = await this.findBlock(manager, { ...input, recipient })
    if (reason) {
      return { outcome: "blocked", reason }
    }
    const { message } = input
    // a claim of the same key for another address (the cart's email changed) may race us past the check above
    const [send] = await manager.execute<EmailSendRow[]>(
      `INSERT INTO tp_email_send (id, idempotency_key, flow, subject_id, step, recipient, marketing, template, locale,
         subject, html, body_text, headers, status, attempts, lease_until)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'claimed', 0, now() + make_interval(secs => ?))
       ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
       RETURNING *`,
      [
        generateEntityId(undefined, "tpes"),
        key,
        input.flow,
        input.subjectId,
        input.step,
        recipient,
        input.marketing,
        input.template,
        input.locale,
        message.subject,
        message.html,
        message.text,
        JSON.stringify(message.headers),
        this.settings.claimLeaseSeconds,
      ]
    )
    if (!send) {
      const [winner] = await manager.execute<EmailSendRow[]>("SELECT * FROM tp_email_send WHERE idempotency_key = ?", [
        key,
      ])
      return { outcome: "duplicate", send: winner }
    }
    return { outcome: "claimed", send }
  }

  /** Takes a claimed send for an attempt (claimed -> sending); null when another worker has it. */
  @InjectTransactionManager()
  async startAttempt(id: string, @MedusaContext() sharedContext: Context = {}): Promise<EmailSendRow | null> {
    const manager = sharedContext.transactionManager as Manager
    const [row] = await manager.execute<EmailSendRow[]>(
      `UPDATE tp_email_send SET status = 'sending', attempts = attempts + 1,
         lease_until = now() + make_interval(secs => ?), updated_at = now()
       WHERE id = ? AND status = 'claimed' RETURNING *`,
      [this.settings.claimLeaseSeconds, id]
    )
    return row ?? null
  }

  /**
   * Takes up to `limit` sends that need an attempt: failed ones whose back-off is over, and claims whose worker
   * died (lease over). SKIP LOCKED lets two workers share the work without taking the same row.
   */
  @InjectTransactionManager()
  async takeDueRetries(limit: number, @MedusaContext() sharedContext: Context = {}): Promise<EmailSendRow[]> {
    const manager = sharedContext.transactionManager as Manager
    return manager.execute<EmailSendRow[]>(
      `UPDATE tp_email_send SET status = 'sending', attempts = attempts + 1,
         lease_until = now() + make_interval(secs => ?), updated_at = now()
       WHERE id IN (
         SELECT id FROM tp_email_send
         WHERE (status = 'failed' AND next_attempt_at <= now())
            OR (status IN ('claimed', 'sending') AND lease_until < now())
         ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [this.settings.claimLeaseSeconds, limit]
    )
  }

  /** Records a delivered attempt. */
  @InjectManager()
  async markSent(id: string, notificationId: string | null, @MedusaContext() sharedContext: Context = {}) {
    await (sharedContext.manager as Manager).execute(
      `UPDATE tp_email_send SET status = 'sent', sent_at = now(), notification_id = ?, lease_until = NULL,
         last_error = NULL, updated_at = now() WHERE id = ?`,
      [notificationId, id]
    )
  }

  /**
   * Records a failed attempt: retried after a back-off, or dead after the last attempt (or at once when the
   * error is permanent). Returns the new status.
   */
  @InjectManager()
  async markFailed(
    id: string,
    error: { message: string; permanent: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<"failed" | "dead"> {
    const manager = sharedContext.manager as Manager
    const [row] = await manager.execute<EmailSendRow[]>("SELECT attempts FROM tp_email_send WHERE id = ?", [id])
    const attempts = row?.attempts ?? 1
    const dead = error.permanent || attempts >= this.settings.retry.maxAttempts
    const nextAt = new Date(Date.now() + retryDelayMs(attempts, this.settings.retry.baseDelaySeconds))
    await manager.execute(
      `UPDATE tp_email_send SET status = ?, last_error = ?, next_attempt_at = ?, lease_until = NULL,
         updated_at = now() WHERE id = ?`,
      [dead ? "dead" : "failed", error.message.slice(0, 2000), dead ? null : nextAt, id]
    )
    return dead ? "dead" : "failed"
  }

  /** Releases a claim that was never attempted (workflow compensation). */
  @InjectManager()
  async releaseClaim(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await (sharedContext.manager as Manager).execute(
      "DELETE FROM tp_email_send WHERE id = ? AND status = 'claimed' AND attempts = 0",
      [id]
    )
  }

  /** Records a consent decision for one flow or every flow ("*"); the newest decision wins. */
  @InjectManager()
  async recordConsent(
    input: { address: string; flow: string; granted: boolean; source: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ConsentRecord> {
    const [row] = await (sharedContext.manager as Manager).execute<ConsentRecord[]>(
      `INSERT INTO tp_email_consent (id, address, flow, granted, source, recorded_at)
       VALUES (?, ?, ?, ?, ?, clock_timestamp())
       ON CONFLICT (address, flow) WHERE deleted_at IS NULL DO UPDATE SET granted = excluded.granted, source = excluded.source,
         recorded_at = excluded.recorded_at, updated_at = now()
       RETURNING address, flow, granted, source, recorded_at`,
      [
        generateEntityId(undefined, "tpec"),
        normalizeAddress(input.address),
        input.flow,
        input.granted,
        input.source.slice(0, 200),
      ]
    )
    return row
  }

  /** Every consent decision recorded for an address. */
  @InjectManager()
  async consentsOf(address: string, @MedusaContext() sharedContext: Context = {}): Promise<ConsentRecord[]> {
    return (sharedContext.manager as Manager).execute<ConsentRecord[]>(
      `SELECT address, flow, granted, source, recorded_at FROM tp_email_consent WHERE address = ?
       ORDER BY flow`,
      [normalizeAddress(address)]
    )
  }

  /** Stops every flow from mailing an address (a bounce, a complaint, or the owner's decision). */
  @InjectManager()
  async suppress(
    input: { address: string; reason: "bounced" | "complained" | "manual"; source: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await (sharedContext.manager as Manager).execute(
      `INSERT INTO tp_email_suppression (id, address, reason, source, recorded_at) VALUES (?, ?, ?, ?, now())
       ON CONFLICT (address) WHERE deleted_at IS NULL DO UPDATE SET reason = excluded.reason, source = excluded.source,
         recorded_at = now(), updated_at = now()`,
      [generateEntityId(undefined, "tpsu"), normalizeAddress(input.address), input.reason, input.source.slice(0, 200)]
    )
  }

  protected async findBlock(manager: Manager, gate: Gate): Promise<BlockReason | null> {
    const [suppressed] = await manager.execute("SELECT 1 FROM tp_email_suppression WHERE address = ?", [gate.recipient])
    if (suppressed) {
      return "suppressed"
    }
    if (!gate.marketing) {
      return null
    }
    const [decision] = await manager.execute<{ granted: boolean }[]>(
      `SELECT granted FROM tp_email_consent WHERE address = ? AND flow IN (?, '*')
       ORDER BY recorded_at DESC LIMIT 1`,
      [gate.recipient, gate.flow]
    )
    if (decision && !decision.granted) {
      return "unsubscribed"
    }
    if (!decision && gate.requiresConsent) {
      return "no_consent"
    }
    const { maxMessages, windowHours } = this.settings.frequencyCap
    const [{ count }] = await manager.execute<{ count: string }[]>(
      `SELECT count(*) AS count FROM tp_email_send WHERE recipient = ? AND marketing
         AND status IN ${CAPPED_STATUSES} AND created_at > now() - make_interval(hours => ?)`,
      [gate.recipient, windowHours]
    )
    return Number(count) >= maxMessages ? "frequency_cap" : null
  }
}
