// Times single-order updates of the co-purchase statistics on whatever statistics the database holds (the
// benchmark runs it after a 1,000,000-line import): `countOrder` then `uncountOrder` for 500 synthetic orders.
// Run by bench/also-bought/run.mjs as `npx medusa exec ./bench/also-bought/incremental.ts`; prints one JSON line.
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Statistics = {
  countOrder(input: { orderId: string; productIds: string[] }): Promise<boolean>
  uncountOrder(orderId: string): Promise<string[] | null>
}

const ORDERS = 500
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] }
}

export default async function incremental({ container }: ExecArgs) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw("SELECT product_id FROM tp_ab_product WHERE product_id <> '*' ORDER BY product_id")
  const products = (rows as { product_id: string }[]).map((row) => row.product_id)
  if (products.length < 8) throw new Error("import the benchmark's order history first")
  const statistics = container.resolve<Statistics>("touchpointsAlsoBought")
  let seed = 7
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const orders = Array.from({ length: ORDERS }, (_, index) => ({
    orderId: `bench_incremental_${Date.now()}_${index}`,
    productIds: Array.from(
      { length: 2 + Math.floor(random() * 7) },
      () => products[Math.floor(random() * products.length)]
    ),
  }))
  const count: number[] = []
  for (const order of orders) {
    const started = performance.now()
    await statistics.countOrder(order)
    count.push(performance.now() - started)
  }
  const uncount: number[] = []
  for (const order of orders) {
    const started = performance.now()
    await statistics.uncountOrder(order.orderId)
    uncount.push(performance.now() - started)
  }
  console.log(
    `BENCH_INCREMENTAL ${JSON.stringify({ orders: ORDERS, count: summary(count), uncount: summary(uncount) })}`
  )
}
