import type { OfferRecord } from "./types"

export const PLACEMENTS = ["home", "product", "cart"] as const
export type Placement = (typeof PLACEMENTS)[number]

/** What the offer form holds while it is edited: text as typed, turned into the API's body on save. */
export type OfferFormValues = {
  name: string
  headline: string
  text: string
  image_url: string
  cta_label: string
  cta_url: string
  segment_ids: string[]
  priority: string
  active: boolean
  starts_at: string
  ends_at: string
  placements: Placement[]
  once_per_shopper: boolean
  promotion_mode: "existing" | "new"
  promotion_id: string
  code: string
  type: "percentage" | "fixed"
  value: string
  currency_code: string
  usage_limit: string
}

/** An ISO date-time as a datetime-local input shows it (the admin's own time zone), and back. */
const toLocalInput = (iso: string | null) => {
  if (!iso) return ""
  const at = new Date(iso)
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
}
const fromLocalInput = (local: string) => (local ? new Date(local).toISOString() : null)

const orNull = (text: string) => (text.trim() === "" ? null : text.trim())

export function formValuesOf(offer: OfferRecord | null, currency: string): OfferFormValues {
  return {
    name: offer?.name ?? "",
    headline: offer?.content.headline ?? "",
    text: offer?.content.text ?? "",
    image_url: offer?.content.image_url ?? "",
    cta_label: offer?.content.cta_label ?? "",
    cta_url: offer?.content.cta_url ?? "",
    segment_ids: offer?.segment_ids ?? [],
    priority: String(offer?.priority ?? 0),
    active: (offer?.status ?? "active") === "active",
    starts_at: toLocalInput(offer?.starts_at ?? null),
    ends_at: toLocalInput(offer?.ends_at ?? null),
    placements: offer?.placements ?? [...PLACEMENTS],
    once_per_shopper: offer?.once_per_shopper ?? true,
    promotion_mode: offer ? "existing" : "new",
    promotion_id: offer?.promotion_id ?? "",
    code: "",
    type: "percentage",
    value: "",
    currency_code: currency,
    usage_limit: "",
  }
}

/** The body of POST /admin/offers (new) or POST /admin/offers/:id (edit; a new promotion is only made on create). */
export function offerBody(values: OfferFormValues, creating: boolean) {
  const body: Record<string, unknown> = {
    name: values.name.trim(),
    segment_ids: values.segment_ids,
    priority: values.priority.trim() === "" ? 0 : Number(values.priority),
    status: values.active ? "active" : "paused",
    starts_at: fromLocalInput(values.starts_at),
    ends_at: fromLocalInput(values.ends_at),
    placements: values.placements,
    once_per_shopper: values.once_per_shopper,
    content: {
      headline: values.headline.trim(),
      text: orNull(values.text),
      image_url: orNull(values.image_url),
      cta_label: orNull(values.cta_label),
      cta_url: orNull(values.cta_url),
    },
  }
  if (creating && values.promotion_mode === "new") {
    const limit = values.usage_limit.trim()
    body.promotion = {
      code: values.code.trim(),
      type: values.type,
      value: Number(values.value),
      ...(values.type === "fixed" ? { currency_code: values.currency_code.trim().toLowerCase() } : {}),
      ...(limit ? { campaign: { usage_limit: Number(limit) } } : {}),
    }
  } else {
    body.promotion_id = values.promotion_id
  }
  return body
}
