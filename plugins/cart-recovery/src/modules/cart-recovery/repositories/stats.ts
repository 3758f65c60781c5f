import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { CartRecoveryStats } from "../lib/types"

type Manager = SqlEntityManager

// The owner's figures for a period.
// One exported object: Medusa registers every function exported from `repositories/` as a repository class.

async function stats(manager: Manager, range: { from: Date; to: Date }): Promise<CartRecoveryStats> {
  const period = [range.from, range.to]
  const [carts] = await manager.execute<Record<string, string>[]>(
    `SELECT
       count(*) FILTER (WHERE abandoned_at >= ? AND abandoned_at < ?) AS abandoned,
       count(*) FILTER (WHERE first_clicked_at >= ? AND first_clicked_at < ?) AS clicked,
       COALESCE(sum(click_count) FILTER (WHERE first_clicked_at >= ? AND first_clicked_at < ?), 0) AS clicks,
       count(*) FILTER (WHERE recovered_at >= ? AND recovered_at < ?) AS recovered,
       count(*) FILTER (WHERE recovered_at >= ? AND recovered_at < ? AND first_clicked_at IS NOT NULL
         AND first_clicked_at <= recovered_at) AS recovered_after_click
     FROM tp_cr_cart WHERE deleted_at IS NULL`,
    [...period, ...period, ...period, ...period, ...period]
  )
  const steps = await manager.execute<{ step: number; sent: string }[]>(
    `SELECT step, count(*) AS sent FROM tp_cr_reminder
     WHERE outcome = 'sent' AND deleted_at IS NULL AND created_at >= ? AND created_at < ?
     GROUP BY step ORDER BY step`,
    period
  )
  const revenue = await manager.execute<{ currency_code: string; amount: string }[]>(
    `SELECT currency_code, sum(recovered_total) AS amount FROM tp_cr_cart
     WHERE deleted_at IS NULL AND recovered_at >= ? AND recovered_at < ?
     GROUP BY currency_code ORDER BY currency_code`,
    period
  )
  const emailsSent = steps.map((row) => ({ step: Number(row.step) + 1, sent: Number(row.sent) }))
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    carts_abandoned: Number(carts.abandoned),
    emails_sent: emailsSent,
    emails_sent_total: emailsSent.reduce((sum, row) => sum + row.sent, 0),
    carts_clicked: Number(carts.clicked),
    clicks: Number(carts.clicks),
    carts_recovered: Number(carts.recovered),
    recovered_after_click: Number(carts.recovered_after_click),
    recovered_revenue: revenue.map((row) => ({ currency_code: row.currency_code, amount: Number(row.amount) })),
  }
}

export const recoveryStats = { stats }
