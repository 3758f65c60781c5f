// Times one job inside the store's own process (`npx medusa exec ./bench/big/jobs/<job>.ts`, run by
// bench/big/measures/jobs.mjs) and prints one line: BENCH_BIG_JOB {job, ms, rows, peak_rss_mb, summary}.
// `rows` is the size of what the job goes through, counted in SQL before it starts.
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Knex = { raw: (sql: string) => Promise<{ rows: { count?: unknown }[] }> }

export async function timeJob(
  container: ExecArgs["container"],
  job: { name: string; rowsSql: string; run: () => Promise<unknown> }
) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  const { rows } = await db.raw(job.rowsSql)
  let peakRss = process.memoryUsage().rss
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
  }, 100)
  const started = performance.now()
  const summary = await job.run()
  const ms = Math.round(performance.now() - started)
  clearInterval(sampler)
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
  const line = {
    job: job.name,
    ms,
    rows: Number(rows[0]?.count ?? 0),
    peak_rss_mb: Math.round(peakRss / 1048576),
    summary,
  }
  console.log(`BENCH_BIG_JOB ${JSON.stringify(line)}`)
}
