/** What a rule can ask about one shopper, computed from the visitor profile, the cart and the customer. */
export type Facts = {
  visits: number
  visits_without_order: number
  /** Null when the shopper never ordered. */
  days_since_last_order: number | null
  days_since_first_visit: number | null
  order_count: number
  /** Amount spent per lower-case currency code. */
  total_spent: Record<string, number>
  first_utm_source: string | null
  first_utm_medium: string | null
  first_utm_campaign: string | null
  last_utm_source: string | null
  last_utm_medium: string | null
  last_utm_campaign: string | null
  /** Category ids the shopper viewed products of. */
  viewed_categories: string[]
  /** Item subtotal of the current cart, in `cart_currency`; null without a cart. */
  cart_value: number | null
  cart_currency: string | null
  /** ISO 3166-1 alpha-2, lower case: the cart's shipping country, else the customer's default address. */
  country: string | null
  customer_groups: string[]
  has_account: boolean
}

export type FactKind = "number" | "string" | "set" | "boolean"

/**
 * How far a field can be trusted. `server`: what the shop itself recorded (orders, accounts, groups, the cart).
 * `browser`: counted by the server's clock but from events a browser sends, so a determined visitor can make
 * them up over time (visits, campaign sources, viewed categories); don't let such a field alone unlock money
 * without a per-shopper limit (an offer's `once_per_shopper`).
 */
export type FieldTrust = "server" | "browser"

/** A field rules may name. `money` fields take a `currency` in the condition. */
export type FieldSpec = {
  kind: FactKind
  trust: FieldTrust
  money?: "required" | "optional"
  /** How the field reads to the shopper in a reason, for positive conditions ("you have visited 3 times"). */
  shopper?: (value: number | string | string[] | boolean) => string | null
}

const times = (count: number) => (count === 1 ? "once" : `${count} times`)
const ago = (days: number) => (days >= 60 ? `${Math.floor(days / 30)} months` : `${days} days`)

export const FIELDS = {
  visits: { kind: "number", trust: "browser", shopper: (v) => `you have visited ${times(v as number)}` },
  visits_without_order: {
    kind: "number",
    trust: "browser",
    shopper: (v) => `you have visited ${times(v as number)} without buying yet`,
  },
  days_since_last_order: {
    kind: "number",
    trust: "server",
    shopper: (v) => `your last order was ${ago(v as number)} ago`,
  },
  days_since_first_visit: { kind: "number", trust: "browser" },
  order_count: {
    kind: "number",
    trust: "server",
    shopper: (v) => ((v as number) > 0 ? `you have ordered ${times(v as number)}` : "you have not ordered yet"),
  },
  total_spent: {
    kind: "number",
    trust: "server",
    money: "required",
    shopper: () => "you are one of our best customers",
  },
  first_utm_source: { kind: "string", trust: "browser", shopper: (v) => `you first came to us from ${v}` },
  first_utm_medium: { kind: "string", trust: "browser" },
  first_utm_campaign: { kind: "string", trust: "browser", shopper: (v) => `you came with our ${v} campaign` },
  last_utm_source: { kind: "string", trust: "browser", shopper: (v) => `you came from ${v}` },
  last_utm_medium: { kind: "string", trust: "browser" },
  last_utm_campaign: { kind: "string", trust: "browser", shopper: (v) => `you came with our ${v} campaign` },
  viewed_categories: { kind: "set", trust: "browser", shopper: () => "you have been looking at these" },
  cart_value: { kind: "number", trust: "server", money: "optional", shopper: () => "of what is in your cart" },
  country: { kind: "string", trust: "server" },
  customer_groups: { kind: "set", trust: "server" },
  has_account: { kind: "boolean", trust: "server" },
} satisfies Record<keyof Omit<Facts, "cart_currency">, FieldSpec>

export type FieldName = keyof typeof FIELDS

export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[]

/** Facts of a shopper nothing is known about (a first visit without a profile). */
export const EMPTY_FACTS: Facts = {
  visits: 0,
  visits_without_order: 0,
  days_since_last_order: null,
  days_since_first_visit: null,
  order_count: 0,
  total_spent: {},
  first_utm_source: null,
  first_utm_medium: null,
  first_utm_campaign: null,
  last_utm_source: null,
  last_utm_medium: null,
  last_utm_campaign: null,
  viewed_categories: [],
  cart_value: null,
  cart_currency: null,
  country: null,
  customer_groups: [],
  has_account: false,
}
