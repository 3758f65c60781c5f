import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { PersonalDataSubject } from "../../lib/personal-data"
import { deletePersonalRows, readPersonalRows } from "../../lib/personal-data-rows"
import { EmailComposer } from "./lib/composer"
import type { ConsentEntry, NewConsentEntry } from "./lib/consent-entry"
import { type ConsentPolicy, type EffectiveConsent, effectiveConsent } from "./lib/consent-precedence"
import { erasedAddressOf } from "./lib/erased-address"
import { erasedOptOutsOf } from "./lib/erased-opt-outs"
import { retryDelayMs } from "./lib/retry-delay"
import { type EmailSettings, emailSettingsOf } from "./lib/settings"
import {
  type BlockReason,
  type ClaimInput,
  type ClaimOutcome,
  type EmailSendRow,
  type Gate,
  idempotencyKeyOf,
  normalizeAddress,
} from "./lib/types"
import { EmailConsentEntry } from "./models/email-consent-entry"
import { EmailConsentSettings } from "./models/email-consent-settings"
import { EmailSend } from "./models/email-send"
import { EmailSuppression } from "./models/email-suppression"
import { emailPersonalData } from "./repositories/personal-data"

type Manager = SqlEntityManager

/** The effective choice for one flow ("*": every flow), as the admin's and the shopper's reads answer it. */
export type ConsentState = {
  address: string
  flow: string
  granted: boolean | null
  pending_confirmation: boolean
  /** The deciding entry's source, proof and time (null when nothing counts yet). */
  source: string | null
  proof: string | null
  recorded_at: Date | null
}

const ENTRY_COLUMNS = "id, address, flow, granted, source, proof, cart_id, customer_id, recorded_at"

/** `?, ?, ?` for an IN list (knex raw bindings take one value per mark). */
const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/** Rows a retention statement touches per transaction. */
const RETENTION_CHUNK = 500

/** The statuses a send counts towards the frequency cap in (a dead send never reached anybody). */
const CAPPED_STATUSES = "('claimed', 'sending', 'sent', 'failed')"

/**
 * The email core's ledger: claims under idempotency keys, the send state machine, consent, suppression and the
 * frequency cap. Claims serialize per address in PostgreSQL (advisory lock), so two workers or two flows never
 * both pass the cap or both claim one key, on any number of instances.
 */
export default class EmailModuleService extends MedusaService({
  EmailSend,
  EmailConsentEntry,
  EmailConsentSettings,
  EmailSuppression,
}) {
  /** The `email` options with the shop's identity and the suite's secret (core's `shop` and `secret`). */
  readonly settings: EmailSettings
  readonly composer: EmailComposer

  constructor(container: Record<string, unknown>, options: unknown) {
    super(container)
    this.settings = emailSettingsOf(options)
    this.composer = new EmailComposer(this.settings)
  }

  /** Why `gate` is blocked right now, or null when a message may go (a read-only pre-check; the claim re-checks). */
  @InjectManager()
  async blockReason(gate: Gate, @MedusaContext() sharedContext: Context = {}): Promise<BlockReason | null> {
    return this.findBlock(sharedContext.manager as Manager, { ...gate, recipient: normalizeAddress(gate.recipient) })
  }

  /** Claims one message (see `claimSends`). */
  async claimSend(input: ClaimInput, options: { attemptNow?: boolean } = {}): Promise<ClaimOutcome> {
    const [outcome] = await this.claimSends([input], options)
    return outcome
  }

  /**
   * Claims messages under `<flow>:<subject>:<step>` after checking suppression, consent and the frequency cap, in
   * one transaction holding the recipients' advisory locks (taken in a fixed order: no deadlock between two
   * batches). A key claimed before answers "duplicate". With `attemptNow` the claim is also the first attempt
   * (status "sending"), saving the caller a round trip. A set of queries for the whole batch, not per message.
   */
  @InjectTransactionManager()
  async claimSends(
    inputs: ClaimInput[],
    options: { attemptNow?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimOutcome[]> {
    const manager = sharedContext.transactionManager as Manager
    if (!inputs.length) return []
    const messages = inputs.map((input) => ({
      ...input,
      recipient: normalizeAddress(input.recipient),
      key: idempotencyKeyOf(input.flow, input.subjectId, input.step),
    }))
    const recipients = [...new Set(messages.map((message) => message.recipient))].sort()
    // in address order (the sorted subquery), so two batches never wait for each other in a circle
    await manager.execute(
      `SELECT pg_advisory_xact_lock(hashtext('tp_email:' || r))
       FROM (SELECT r FROM (VALUES ${recipients.map(() => "(?)").join(", ")}) AS v(r) ORDER BY r) AS sorted`,
      recipients
    )
    const facts = await this.gateFacts(manager, recipients, [...new Set(messages.map((m) => m.key))])
    const outcomes: (ClaimOutcome | null)[] = []
    const accepted: typeof messages = []
    const acceptedKeys = new Set<string>()
    for (const message of messages) {
      const existing = facts.sends.get(message.key)
      if (existing) {
        outcomes.push({ outcome: "duplicate", send: existing })
        continue
      }
      if (acceptedKeys.has(message.key)) {
        // the same key twice in one batch: the first claims it, this one resolves to that claim below
        outcomes.push(null)
        continue
      }
      const reason = decideBlock(facts, message, this.settings.frequencyCap.maxMessages)
      if (reason) {
        outcomes.push({ outcome: "blocked", reason })
        continue
      }
      // later messages of this batch count this one towards the cap
      acceptedKeys.add(message.key)
      if (message.marketing) facts.capped.set(message.recipient, (facts.capped.get(message.recipient) ?? 0) + 1)
      accepted.push(message)
      outcomes.push(null)
    }
    const inserted = new Map<string, EmailSendRow>()
    if (accepted.length) {
      const status = options.attemptNow ? "sending" : "claimed"
      const attempts = options.attemptNow ? 1 : 0
      const rows = await manager.execute<EmailSendRow[]>(
        `INSERT INTO tp_email_send (id, idempotency_key, flow, subject_id, step, recipient, marketing, template, locale,
           subject, html, body_text, headers, status, attempts, lease_until)
         VALUES ${accepted.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, now() + make_interval(secs => ?))").join(", ")}
         ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
         RETURNING *`,
        accepted.flatMap((message) => [
          generateEntityId(undefined, "tpes"),
          message.key,
          message.flow,
          message.subjectId,
          message.step,
          message.recipient,
          message.marketing,
          message.template,
          message.locale,
          message.message.subject,
          message.message.html,
          message.message.text,
          JSON.stringify(message.message.headers),
          status,
          attempts,
          this.settings.claimLeaseSeconds,
        ])
      )
      for (const row of rows) inserted.set(row.idempotency_key, row)
    }
    const missing = accepted.filter((message) => !inserted.has(message.key)).map((message) => message.key)
    // a claim of the same key for another address (the cart's email changed) raced us past the check
    const winners = missing.length
      ? await manager.execute<EmailSendRow[]>(
          `SELECT * FROM tp_email_send WHERE idempotency_key IN (${marks(missing)})`,
          missing
        )
      : []
    const firstIndex = new Map<string, number>()
    return outcomes.map((outcome, index) => {
      if (outcome) return outcome
      const key = messages[index].key
      const first = firstIndex.get(key) ?? index
      firstIndex.set(key, first)
      const own = inserted.get(key)
      if (own && first === index) return { outcome: "claimed" as const, send: own }
      if (own) return { outcome: "duplicate" as const, send: own }
      return { outcome: "duplicate" as const, send: winners.find((row) => row.idempotency_key === key) as EmailSendRow }
    })
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
  async markSent(id: string, notificationId: string | null): Promise<void> {
    await this.markSentMany([{ id, notificationId }])
  }

  /** Records delivered attempts, in one statement. */
  @InjectManager()
  async markSentMany(
    sends: { id: string; notificationId: string | null }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!sends.length) return
    await (sharedContext.manager as Manager).execute(
      `UPDATE tp_email_send AS s SET status = 'sent', sent_at = now(), notification_id = d.notification_id,
         lease_until = NULL, last_error = NULL, updated_at = now()
       FROM (VALUES ${sends.map(() => "(?, ?)").join(", ")}) AS d(id, notification_id) WHERE s.id = d.id`,
      sends.flatMap((send) => [send.id, send.notificationId])
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

  /**
   * The consent rules in force: the owner's saved single-opt-in flows (admin) or else core's `email.consent`
   * option, and how long confirmation links work. `saved` says where the flows came from.
   */
  @InjectManager()
  async consentPolicy(@MedusaContext() sharedContext: Context = {}): Promise<ConsentPolicy & { saved: boolean }> {
    return this.policyFrom(sharedContext.manager as Manager)
  }

  protected async policyFrom(manager: Manager): Promise<ConsentPolicy & { saved: boolean }> {
    const { singleOptInFlows, confirmationHours } = this.settings.consent
    const [row] = await manager.execute<{ single_opt_in_flows: string[] }[]>(
      `SELECT single_opt_in_flows FROM tp_email_consent_settings WHERE deleted_at IS NULL
       ORDER BY updated_at DESC LIMIT 1`
    )
    return row
      ? { singleOptInFlows: row.single_opt_in_flows, confirmationHours, saved: true }
      : { singleOptInFlows, confirmationHours, saved: false }
  }

  /**
   * Appends one change to the consent ledger, at the server's time (never updated or overwritten: the history is
   * the record). Held under the address's advisory lock, so a claim never reads half of two changes.
   */
  @InjectTransactionManager()
  async appendConsent(input: NewConsentEntry, @MedusaContext() sharedContext: Context = {}): Promise<ConsentEntry> {
    const manager = sharedContext.transactionManager as Manager
    const address = normalizeAddress(input.address)
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext('tp_email:' || ?))", [address])
    const [row] = await manager.execute<ConsentEntry[]>(
      `INSERT INTO tp_email_consent_entry (id, address, flow, granted, source, proof, cart_id, customer_id, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
       RETURNING ${ENTRY_COLUMNS}`,
      [
        generateEntityId(undefined, "tpce"),
        address,
        input.flow,
        input.granted,
        input.source,
        input.proof.slice(0, 200),
        input.cart_id ?? null,
        input.customer_id ?? null,
      ]
    )
    return row
  }

  /** Every consent change of an address, oldest first (the server's microsecond clock decides the order). */
  @InjectManager()
  async consentHistory(address: string, @MedusaContext() sharedContext: Context = {}): Promise<ConsentEntry[]> {
    return (sharedContext.manager as Manager).execute<ConsentEntry[]>(
      `SELECT ${ENTRY_COLUMNS} FROM tp_email_consent_entry WHERE address IN (?, ?) AND deleted_at IS NULL
       ORDER BY recorded_at, id`,
      [normalizeAddress(address), erasedAddressOf(address)]
    )
  }

  /** A ledger entry by id (a confirmation link names the opt-in it confirms), or null. */
  @InjectManager()
  async consentEntry(id: string, @MedusaContext() sharedContext: Context = {}): Promise<ConsentEntry | null> {
    const [row] = await (sharedContext.manager as Manager).execute<ConsentEntry[]>(
      `SELECT ${ENTRY_COLUMNS} FROM tp_email_consent_entry WHERE id = ? AND deleted_at IS NULL`,
      [id]
    )
    return row ?? null
  }

  /** The first entry carrying `proof` (a confirmation is recorded once), or null. */
  @InjectManager()
  async consentEntryByProof(proof: string, @MedusaContext() sharedContext: Context = {}): Promise<ConsentEntry | null> {
    const [row] = await (sharedContext.manager as Manager).execute<ConsentEntry[]>(
      `SELECT ${ENTRY_COLUMNS} FROM tp_email_consent_entry WHERE proof = ? AND deleted_at IS NULL
       ORDER BY recorded_at LIMIT 1`,
      [proof]
    )
    return row ?? null
  }

  /** The effective choice for `flow` after every change of the address (see lib/consent-precedence.ts). */
  async effectiveConsentOf(address: string, flow: string): Promise<EffectiveConsent> {
    return effectiveConsent(await this.consentHistory(address), flow, await this.consentPolicy())
  }

  /** The effective choice for every flow the address has a change for, "*" first. */
  async consentStates(address: string): Promise<ConsentState[]> {
    const [history, policy] = await Promise.all([this.consentHistory(address), this.consentPolicy()])
    const flows = [...new Set(history.map((entry) => entry.flow))].sort()
    return flows.map((flow) => stateOf(normalizeAddress(address), flow, effectiveConsent(history, flow, policy)))
  }

  /** The effective choices that count (opted in or out) of an address, in the shape the admin's email view reads. */
  async consentsOf(address: string): Promise<ConsentState[]> {
    return (await this.consentStates(address)).filter((state) => state.granted !== null)
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

  /** Everything the email core keeps about a person, with the hashed opt-outs an earlier erasure kept. */
  @InjectManager()
  async personalDataOf(subject: PersonalDataSubject, @MedusaContext() sharedContext: Context = {}) {
    const kinds = [...emailPersonalData.kinds(subject), ...emailPersonalData.kept(subject)]
    return readPersonalRows(sharedContext.manager as Manager, kinds)
  }

  /** The subjects (cart, order, survey... ids) and flows of the person's sends: what Medusa's notifications name. */
  @InjectManager()
  async sendSubjectsOf(
    subject: PersonalDataSubject,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ subjectIds: string[]; flows: string[] }> {
    const [sends] = emailPersonalData.kinds(subject)
    if (sends.where.sql === "FALSE") return { subjectIds: [], flows: [] }
    const rows = await (sharedContext.manager as Manager).execute<{ subject_id: string; flow: string }[]>(
      `SELECT DISTINCT subject_id, flow FROM tp_email_send WHERE ${sends.where.sql}`,
      sends.where.params
    )
    return {
      subjectIds: [...new Set(rows.map((row) => row.subject_id))],
      flows: [...new Set(rows.map((row) => row.flow))],
    }
  }

  /**
   * Deletes the person's sends, consent changes and suppressions, keeping only what the law asks to keep: each
   * opt-out still in force and each suppression, hashed (lib/erased-address.ts), so the address stays blocked.
   * Under the addresses' advisory locks (a claim never sees half an erasure); a second run finds nothing left.
   */
  @InjectTransactionManager()
  async erasePersonalData(subject: PersonalDataSubject, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as Manager
    for (const address of [...subject.emails].sort()) {
      await manager.execute("SELECT pg_advisory_xact_lock(hashtext('tp_email:' || ?))", [address])
    }
    const [, consentChanges, suppressions] = emailPersonalData.kinds(subject)
    const entries =
      consentChanges.where.sql === "FALSE"
        ? []
        : await manager.execute<ConsentEntry[]>(
            `SELECT ${ENTRY_COLUMNS} FROM tp_email_consent_entry WHERE ${consentChanges.where.sql} ORDER BY recorded_at, id`,
            consentChanges.where.params
          )
    const optOuts = erasedOptOutsOf(entries, await this.policyFrom(manager))
    for (const optOut of optOuts) {
      await manager.execute(
        `INSERT INTO tp_email_consent_entry (id, address, flow, granted, source, proof, recorded_at)
         VALUES (?, ?, ?, false, ?, ?, ?)`,
        [
          generateEntityId(undefined, "tpce"),
          optOut.address,
          optOut.flow,
          optOut.source,
          optOut.proof,
          optOut.recorded_at,
        ]
      )
    }
    const keptSuppressions =
      suppressions.where.sql === "FALSE"
        ? []
        : await manager.execute<{ id: string }[]>(
            `INSERT INTO tp_email_suppression (id, address, reason, source, recorded_at)
       SELECT 'tpsu_' || md5(random()::text || id), 'sha256:' || encode(sha256(convert_to(address, 'UTF8')), 'hex'),
              reason, 'erased', recorded_at
         FROM tp_email_suppression WHERE ${suppressions.where.sql}
       ON CONFLICT (address) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
            suppressions.where.params
          )
    const erased = await deletePersonalRows(manager, emailPersonalData.kinds(subject))
    return { ...erased, kept_opt_outs: optOuts.length, kept_suppressions: keptSuppressions.length }
  }

  /**
   * Retention: the message of a send that is done (sent, or given up) and older than `before` is cleared (HTML,
   * text, headers); the row stays, since its idempotency key and time keep a flow from sending it again and
   * count towards the frequency cap. Chunked; rows another worker holds are skipped (it clears them).
   */
  async clearSentBodies(before: Date | string): Promise<number> {
    let total = 0
    for (;;) {
      const cleared = await this.clearBodiesChunk(new Date(before))
      total += cleared
      if (cleared < RETENTION_CHUNK) return total
    }
  }

  @InjectTransactionManager()
  protected async clearBodiesChunk(before: Date, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const rows = await (sharedContext.transactionManager as Manager).execute<{ id: string }[]>(
      `UPDATE tp_email_send SET html = '', body_text = '', headers = '{}'::jsonb, updated_at = now()
        WHERE id IN (SELECT id FROM tp_email_send WHERE status IN ('sent', 'dead') AND created_at < ?
                       AND (html <> '' OR body_text <> '') LIMIT ${RETENTION_CHUNK} FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [before]
    )
    return rows.length
  }

  protected async findBlock(manager: Manager, gate: Gate): Promise<BlockReason | null> {
    const facts = await this.gateFacts(manager, [gate.recipient], [])
    return decideBlock(facts, gate, this.settings.frequencyCap.maxMessages)
  }

  /** What the gates read for some recipients (and which keys are claimed), in four queries. */
  protected async gateFacts(manager: Manager, recipients: string[], keys: string[]): Promise<GateFacts> {
    const { windowHours } = this.settings.frequencyCap
    const sends = keys.length
      ? await manager.execute<EmailSendRow[]>(
          `SELECT * FROM tp_email_send WHERE idempotency_key IN (${marks(keys)}) AND deleted_at IS NULL`,
          keys
        )
      : []
    // an erased address left its opt-out and suppression hashed: they count for the address like its own rows
    const recipientOf = new Map(
      recipients.flatMap((address) => [
        [address, address],
        [erasedAddressOf(address), address],
      ])
    )
    const addresses = [...recipientOf.keys()]
    const suppressed = await manager.execute<{ address: string }[]>(
      `SELECT address FROM tp_email_suppression WHERE address IN (${marks(addresses)}) AND deleted_at IS NULL`,
      addresses
    )
    const entries = await manager.execute<ConsentEntry[]>(
      `SELECT ${ENTRY_COLUMNS} FROM tp_email_consent_entry WHERE address IN (${marks(addresses)})
         AND deleted_at IS NULL ORDER BY recorded_at, id`,
      addresses
    )
    const consents = new Map<string, ConsentEntry[]>()
    for (const entry of entries) {
      const recipient = recipientOf.get(entry.address) ?? entry.address
      consents.set(recipient, [...(consents.get(recipient) ?? []), entry])
    }
    const capped = await manager.execute<{ recipient: string; count: string }[]>(
      `SELECT recipient, count(*) AS count FROM tp_email_send WHERE recipient IN (${marks(recipients)}) AND marketing
         AND status IN ${CAPPED_STATUSES} AND created_at > now() - make_interval(hours => ?) AND deleted_at IS NULL
       GROUP BY recipient`,
      [...recipients, windowHours]
    )
    return {
      sends: new Map(sends.map((row) => [row.idempotency_key, row])),
      suppressed: new Set(suppressed.map((row) => recipientOf.get(row.address) ?? row.address)),
      consents,
      policy: await this.policyFrom(manager),
      capped: new Map(capped.map((row) => [row.recipient, Number(row.count)])),
    }
  }
}

type GateFacts = {
  sends: Map<string, EmailSendRow>
  suppressed: Set<string>
  /** Each recipient's consent ledger, oldest first. */
  consents: Map<string, ConsentEntry[]>
  policy: ConsentPolicy
  capped: Map<string, number>
}

/**
 * Suppression, then (for marketing) the effective consent for the flow (the ledger replayed by precedence: an
 * unverified opt-in never lifts a verified opt-out, and counts only once confirmed unless the flow is single
 * opt-in), then the frequency cap.
 */
function decideBlock(facts: GateFacts, gate: Gate, maxMessages: number): BlockReason | null {
  if (facts.suppressed.has(gate.recipient)) return "suppressed"
  if (!gate.marketing) return null
  const consent = effectiveConsent(facts.consents.get(gate.recipient) ?? [], gate.flow, facts.policy)
  if (consent.granted === false) return "unsubscribed"
  if (consent.granted === null && gate.requiresConsent) return "no_consent"
  return (facts.capped.get(gate.recipient) ?? 0) >= maxMessages ? "frequency_cap" : null
}

function stateOf(address: string, flow: string, consent: EffectiveConsent): ConsentState {
  const decidedBy = consent.decidedBy
  return {
    address,
    flow,
    granted: consent.granted,
    pending_confirmation: consent.pendingConfirmation,
    source: decidedBy?.source ?? null,
    proof: decidedBy?.proof ?? null,
    recorded_at: decidedBy?.recorded_at ?? null,
  }
}
