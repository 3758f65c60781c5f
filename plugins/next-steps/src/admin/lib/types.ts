export type GroupKey = "similar" | "brand" | "for_you"

export type GroupSettings = {
  group_order: GroupKey[]
  groups: Record<GroupKey, { title: string; size: number }>
}

export type DeadEnd = {
  product_id: string
  handle: string
  title: string
  groups: { key: string; links: number; wanted: number; fallback: string | null }[]
  reason: string
}

export type Audit = { buyable_products: number; checked: number; count: number; dead_ends: DeadEnd[] }
