import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
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
import { addressLocks } from "./repositories/address-locks"
import { consentLedger } from "./repositories/consent-ledger"
import { consentPolicies } from "./repositories/consent-policy"
import { emailSends } from "./repositories/email-sends"
import { emailPersonalData } from "./repositories/personal-data"
import { type SuppressionReason, suppressions } from "./repositories/suppressions"

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

/** Rows a retention statement touches per transaction. */
const RETENTION_CHUNK = 500

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

  /**
   * Why each gate is blocked right now (null: a message may go), for many recipients in one set of queries: a
   * flow's scan skips what would be blocked for good before it claims anything. Read-only; the claim re-checks.
   */
  @InjectManager()
  async blockReasons(gates: Gate[], @MedusaContext() sharedContext: Context = {}): Promise<(BlockReason | null)[]> {
    if (!gates.length) return []
    const normalized = gates.map((gate) => ({ ...gate, recipient: normalizeAddress(gate.recipient) }))
    const recipients = [...new Set(normalized.map((gate) => gate.recipient))]
    const facts = await this.gateFacts(sharedContext.manager as Manager, recipients, [])
    return normalized.map((gate) => decideBlock(facts, gate, this.settings.frequencyCap.maxMessages))
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
    await addressLocks.lockAll(manager, recipients)
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
      const rows = await emailSends.insertClaims(manager, accepted, {
        status: options.attemptNow ? "sending" : "claimed",
        attempts: options.attemptNow ? 1 : 0,
        leaseSeconds: this.settings.claimLeaseSeconds,
      })
      for (const row of rows) inserted.set(row.idempotency_key, row)
    }
    const missing = accepted.filter((message) => !inserted.has(message.key)).map((message) => message.key)
    // a claim of the same key for another address (the cart's email changed) raced us past the check
    const winners = await emailSends.byKeys(manager, missing)
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
    return emailSends.takeDue(manager, limit, this.settings.claimLeaseSeconds)
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
    await emailSends.markSent(sharedContext.manager as Manager, sends)
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
    const attempts = (await emailSends.attemptsOf(manager, id)) ?? 1
    const dead = error.permanent || attempts >= this.settings.retry.maxAttempts
    const nextAt = new Date(Date.now() + retryDelayMs(attempts, this.settings.retry.baseDelaySeconds))
    await emailSends.markFailed(manager, id, {
      status: dead ? "dead" : "failed",
      error: error.message.slice(0, 2000),
      nextAttemptAt: dead ? null : nextAt,
    })
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
    const saved = await consentPolicies.savedSingleOptInFlows(manager)
    return saved
      ? { singleOptInFlows: saved, confirmationHours, saved: true }
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
    await addressLocks.lock(manager, address)
    return consentLedger.append(manager, { ...input, address, proof: input.proof.slice(0, 200) })
  }

  /** Every consent change of an address, oldest first (the server's microsecond clock decides the order). */
  @InjectManager()
  async consentHistory(address: string, @MedusaContext() sharedContext: Context = {}): Promise<ConsentEntry[]> {
    return consentLedger.ofAddresses(sharedContext.manager as Manager, [
      normalizeAddress(address),
      erasedAddressOf(address),
    ])
  }

  /** A ledger entry by id (a confirmation link names the opt-in it confirms), or null. */
  @InjectManager()
  async consentEntry(id: string, @MedusaContext() sharedContext: Context = {}): Promise<ConsentEntry | null> {
    return consentLedger.byId(sharedContext.manager as Manager, id)
  }

  /** The first entry carrying `proof` (a confirmation is recorded once), or null. */
  @InjectManager()
  async consentEntryByProof(proof: string, @MedusaContext() sharedContext: Context = {}): Promise<ConsentEntry | null> {
    return consentLedger.firstWithProof(sharedContext.manager as Manager, proof)
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
    input: { address: string; reason: SuppressionReason; source: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await suppressions.upsert(sharedContext.manager as Manager, {
      address: normalizeAddress(input.address),
      reason: input.reason,
      source: input.source.slice(0, 200),
    })
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
    const rows = await emailSends.subjectsAndFlows(sharedContext.manager as Manager, sends.where)
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
      await addressLocks.lock(manager, address)
    }
    const [, consentChanges, suppressed] = emailPersonalData.kinds(subject)
    const entries =
      consentChanges.where.sql === "FALSE" ? [] : await consentLedger.matching(manager, consentChanges.where)
    const optOuts = erasedOptOutsOf(entries, await this.policyFrom(manager))
    for (const optOut of optOuts) {
      await consentLedger.appendErasedOptOut(manager, optOut)
    }
    const keptSuppressions =
      suppressed.where.sql === "FALSE" ? 0 : await suppressions.keepHashed(manager, suppressed.where)
    const erased = await deletePersonalRows(manager, emailPersonalData.kinds(subject))
    return { ...erased, kept_opt_outs: optOuts.length, kept_suppressions: keptSuppressions }
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
    return emailSends.clearDoneBodies(sharedContext.transactionManager as Manager, before, RETENTION_CHUNK)
  }

  protected async findBlock(manager: Manager, gate: Gate): Promise<BlockReason | null> {
    const facts = await this.gateFacts(manager, [gate.recipient], [])
    return decideBlock(facts, gate, this.settings.frequencyCap.maxMessages)
  }

  /** What the gates read for some recipients (and which keys are claimed), in four queries. */
  protected async gateFacts(manager: Manager, recipients: string[], keys: string[]): Promise<GateFacts> {
    const { windowHours } = this.settings.frequencyCap
    const sends = await emailSends.liveByKeys(manager, keys)
    // an erased address left its opt-out and suppression hashed: they count for the address like its own rows
    const recipientOf = new Map(
      recipients.flatMap((address) => [
        [address, address],
        [erasedAddressOf(address), address],
      ])
    )
    const addresses = [...recipientOf.keys()]
    const suppressed = await suppressions.suppressedAmong(manager, addresses)
    const entries = await consentLedger.ofAddresses(manager, addresses)
    const consents = new Map<string, ConsentEntry[]>()
    for (const entry of entries) {
      const recipient = recipientOf.get(entry.address) ?? entry.address
      consents.set(recipient, [...(consents.get(recipient) ?? []), entry])
    }
    const capped = await emailSends.cappedCounts(manager, recipients, windowHours)
    return {
      sends: new Map(sends.map((row) => [row.idempotency_key, row])),
      suppressed: new Set(suppressed.map((address) => recipientOf.get(address) ?? address)),
      consents,
      policy: await this.policyFrom(manager),
      capped,
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
