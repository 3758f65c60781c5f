import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlPart } from "../../../lib/personal-data-rows"
import { marks } from "../../../lib/sql-marks"
import type { ClaimInput, EmailSendRow } from "../lib/types"

// SQL of tp_email_send: the claims under idempotency keys and their state machine (claimed -> sending -> sent,
// failed -> retried, dead). When a message may go, how often it is retried and how long a lease lasts are the
// service's rules.
// One exported object: Medusa registers every function exported from a module's `repositories/` as a
// repository class.

type Manager = SqlEntityManager

/** A message the service accepted, with its normalized recipient and idempotency key. */
export type NewSend = ClaimInput & { key: string }

/** The statuses a send counts towards the frequency cap in (a dead send never reached anybody). */
const CAPPED_STATUSES = "('claimed', 'sending', 'sent', 'failed')"

/** Inserts claims; a key claimed meanwhile inserts nothing. Answers the rows it added. */
async function insertClaims(
  manager: Manager,
  sends: readonly NewSend[],
  claim: { status: "claimed" | "sending"; attempts: number; leaseSeconds: number }
): Promise<EmailSendRow[]> {
  return manager.execute<EmailSendRow[]>(
    `INSERT INTO tp_email_send (id, idempotency_key, flow, subject_id, step, recipient, marketing, template, locale,
           subject, html, body_text, headers, status, attempts, lease_until)
         VALUES ${sends.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, now() + make_interval(secs => ?))").join(", ")}
         ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
         RETURNING *`,
    sends.flatMap((send) => [
      generateEntityId(undefined, "tpes"),
      send.key,
      send.flow,
      send.subjectId,
      send.step,
      send.recipient,
      send.marketing,
      send.template,
      send.locale,
      send.message.subject,
      send.message.html,
      send.message.text,
      JSON.stringify(send.message.headers),
      claim.status,
      claim.attempts,
      claim.leaseSeconds,
    ])
  )
}

/** The live sends claimed under some keys. */
async function liveByKeys(manager: Manager, keys: readonly string[]): Promise<EmailSendRow[]> {
  if (!keys.length) return []
  return manager.execute<EmailSendRow[]>(
    `SELECT * FROM tp_email_send WHERE idempotency_key IN (${marks(keys)}) AND deleted_at IS NULL`,
    [...keys]
  )
}

/** Every send under some keys (the claims that won a race for them). */
async function byKeys(manager: Manager, keys: readonly string[]): Promise<EmailSendRow[]> {
  if (!keys.length) return []
  return manager.execute<EmailSendRow[]>(`SELECT * FROM tp_email_send WHERE idempotency_key IN (${marks(keys)})`, [
    ...keys,
  ])
}

/**
 * Takes up to `limit` sends that need an attempt (failed ones whose back-off is over, claims whose lease is over)
 * as a new attempt. SKIP LOCKED lets two workers share the work without taking the same row.
 */
async function takeDue(manager: Manager, limit: number, leaseSeconds: number): Promise<EmailSendRow[]> {
  return manager.execute<EmailSendRow[]>(
    `UPDATE tp_email_send SET status = 'sending', attempts = attempts + 1,
         lease_until = now() + make_interval(secs => ?), updated_at = now()
       WHERE id IN (
         SELECT id FROM tp_email_send
         WHERE (status = 'failed' AND next_attempt_at <= now())
            OR (status IN ('claimed', 'sending') AND lease_until < now())
         ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED)
       RETURNING *`,
    [leaseSeconds, limit]
  )
}

/** Records delivered attempts, in one statement. */
async function markSent(manager: Manager, sends: readonly { id: string; notificationId: string | null }[]) {
  if (!sends.length) return
  await manager.execute(
    `UPDATE tp_email_send AS s SET status = 'sent', sent_at = now(), notification_id = d.notification_id,
         lease_until = NULL, last_error = NULL, updated_at = now()
       FROM (VALUES ${sends.map(() => "(?, ?)").join(", ")}) AS d(id, notification_id) WHERE s.id = d.id`,
    sends.flatMap((send) => [send.id, send.notificationId])
  )
}

/** How many attempts a send has had (undefined for an unknown id). */
async function attemptsOf(manager: Manager, id: string): Promise<number | undefined> {
  const [row] = await manager.execute<EmailSendRow[]>("SELECT attempts FROM tp_email_send WHERE id = ?", [id])
  return row?.attempts
}

/** Records a failed attempt: `failed` (retried at `nextAttemptAt`) or `dead`. */
async function markFailed(
  manager: Manager,
  id: string,
  failure: { status: "failed" | "dead"; error: string; nextAttemptAt: Date | null }
): Promise<void> {
  await manager.execute(
    `UPDATE tp_email_send SET status = ?, last_error = ?, next_attempt_at = ?, lease_until = NULL,
         updated_at = now() WHERE id = ?`,
    [failure.status, failure.error, failure.nextAttemptAt, id]
  )
}

/** The marketing sends per recipient that count towards the frequency cap in the last `windowHours`. */
async function cappedCounts(
  manager: Manager,
  recipients: readonly string[],
  windowHours: number
): Promise<Map<string, number>> {
  const rows = await manager.execute<{ recipient: string; count: string }[]>(
    `SELECT recipient, count(*) AS count FROM tp_email_send WHERE recipient IN (${marks(recipients)}) AND marketing
         AND status IN ${CAPPED_STATUSES} AND created_at > now() - make_interval(hours => ?) AND deleted_at IS NULL
       GROUP BY recipient`,
    [...recipients, windowHours]
  )
  return new Map(rows.map((row) => [row.recipient, Number(row.count)]))
}

/** The subjects and flows of the sends `where` selects. */
async function subjectsAndFlows(manager: Manager, where: SqlPart): Promise<{ subject_id: string; flow: string }[]> {
  return manager.execute<{ subject_id: string; flow: string }[]>(
    `SELECT DISTINCT subject_id, flow FROM tp_email_send WHERE ${where.sql}`,
    where.params
  )
}

/**
 * Clears the message (HTML, text, headers) of up to `limit` sends that are done and older than `before`; the rows
 * stay. Rows another worker holds are skipped. Answers how many were cleared.
 */
async function clearDoneBodies(manager: Manager, before: Date, limit: number): Promise<number> {
  const rows = await manager.execute<{ id: string }[]>(
    `UPDATE tp_email_send SET html = '', body_text = '', headers = '{}'::jsonb, updated_at = now()
        WHERE id IN (SELECT id FROM tp_email_send WHERE status IN ('sent', 'dead') AND created_at < ?
                       AND (html <> '' OR body_text <> '') LIMIT ${Math.floor(limit)} FOR UPDATE SKIP LOCKED)
        RETURNING id`,
    [before]
  )
  return rows.length
}

export const emailSends = {
  insertClaims,
  liveByKeys,
  byKeys,
  takeDue,
  markSent,
  attemptsOf,
  markFailed,
  cappedCounts,
  subjectsAndFlows,
  clearDoneBodies,
}
