export type SegmentRecord = {
  id: string
  name: string
  description: string | null
  rule: unknown
  status: "active" | "paused"
  mirror_to_group: boolean
  email_offer: boolean
  customer_group_id: string | null
}

export type Preview = {
  members: number
  profiles: number
  sample: { profile_id: string; customer_id: string | null; reasons: string[] }[]
}

export type OfferStatsRow = {
  offer: { id: string; name: string | null }
  segment: { id: string; name: string | null } | null
  shown: number
  clicked: number
  applied: number
  redeemed: number
  click_rate: number | null
  apply_rate: number | null
  redeem_rate: number | null
  revenue: { currency_code: string; amount: number }[]
}

export type OfferRecord = {
  id: string
  name: string
  priority: number
  status: "active" | "paused"
  segment_ids: string[]
  promotion_id: string
  placements: ("home" | "product" | "cart")[] | null
  once_per_shopper: boolean
  starts_at: string | null
  ends_at: string | null
  promotion: {
    code: string
    type: string
    value: number
    currency_code: string | null
    usage: { limit: number; used: number } | null
    campaign: { budget: { type: string; limit: number | null; used: number } | null } | null
  } | null
  unavailable_because: string | null
  content: {
    headline: string
    text: string | null
    image_url: string | null
    cta_label: string | null
    cta_url: string | null
  }
}
