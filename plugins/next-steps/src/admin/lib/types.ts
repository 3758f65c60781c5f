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

export type ProductState = "live" | "unpublished" | "discontinued" | "deleted"

/** A product as the pickers and lists name it. */
export type ProductRef = { product_id: string; handle: string; title: string; status: string }

export type ReplacementEntry = {
  product_id: string
  handle: string
  title: string
  state: ProductState
  page_status: 200 | 301 | 410
  replacement: ProductRef | null
}

export type ReplacementList = { replacements: ReplacementEntry[]; count: number; offset: number; limit: number }

export type PreviewItem = { product_id: string; reason: string; product: { id: string; title: string; handle: string } }

export type Preview = {
  product_id: string
  region_id: string | null
  sales_channel_id: string | null
  status: 200 | 301 | 410
  redirect: { product_id: string; handle: string; title: string } | null
  replacement: ProductRef | null
  product: { id: string; handle: string; title: string; status: string; discontinued: boolean; sold_out: boolean }
  groups: { key: GroupKey; title: string; fallback: string | null; items: PreviewItem[] }[]
}

export type CurationEntry = { group: GroupKey; product_id: string }

export type Curations = { product_id: string; pins: CurationEntry[]; exclusions: CurationEntry[] }
