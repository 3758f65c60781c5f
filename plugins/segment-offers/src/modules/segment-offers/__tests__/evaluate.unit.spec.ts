import { evaluate, shopperReason } from "../lib/evaluate"
import { EMPTY_FACTS, type Facts, FIELD_NAMES, FIELDS } from "../lib/facts"
import { OPERATORS, type Rule } from "../lib/rules"

const shopper: Facts = {
  ...EMPTY_FACTS,
  visits: 5,
  visits_without_order: 3,
  days_since_last_order: 130,
  days_since_first_visit: 400,
  order_count: 2,
  total_spent: { eur: 250, usd: 40 },
  first_utm_source: "newsletter",
  first_utm_medium: "email",
  first_utm_campaign: "spring-sale",
  last_utm_source: "ads",
  last_utm_medium: "cpc",
  last_utm_campaign: "winter",
  viewed_categories: ["pcat_tea", "pcat_cups"],
  cart_value: 80,
  cart_currency: "eur",
  country: "de",
  customer_groups: ["cusgroup_vip"],
  has_account: true,
}

const holds = (rule: Rule, facts: Facts = shopper) => evaluate(rule, facts).matched

describe("evaluate", () => {
  // every operator of every kind, one field each, true and false
  it.each([
    ["visits", "eq", 5, 4],
    ["visits", "neq", 4, 5],
    ["visits", "gt", 4, 5],
    ["visits", "gte", 5, 6],
    ["visits", "lt", 6, 5],
    ["visits", "lte", 5, 4],
    ["visits", "between", [5, 9], [6, 9]],
    ["visits", "exists", true, false],
    ["last_utm_source", "eq", "ADS", "newsletter"],
    ["last_utm_source", "neq", "newsletter", "ads"],
    ["last_utm_source", "in", ["Ads", "social"], ["social"]],
    ["last_utm_source", "not_in", ["social"], ["ads"]],
    ["first_utm_campaign", "contains", "sale", "autumn"],
    ["first_utm_campaign", "starts_with", "spring", "sale"],
    ["first_utm_campaign", "exists", true, false],
    ["viewed_categories", "includes_any", ["pcat_tea", "pcat_x"], ["pcat_x"]],
    ["viewed_categories", "includes_all", ["pcat_tea", "pcat_cups"], ["pcat_tea", "pcat_x"]],
    ["viewed_categories", "excludes", ["pcat_x"], ["pcat_tea"]],
    ["viewed_categories", "exists", true, false],
    ["has_account", "eq", true, false],
  ])("%s %s", (field, op, yes, no) => {
    expect(holds({ field, op, value: yes } as Rule)).toBe(true)
    expect(holds({ field, op, value: no } as Rule)).toBe(false)
  })

  it("covers every operator of every kind in the table above", () => {
    expect(Object.values(OPERATORS).flat().length).toBe(20)
  })

  it.each(FIELD_NAMES.map((field) => [field]))("reads the field %s", (field) => {
    const spec = FIELDS[field]
    const condition = { field, op: "exists", value: true, ...(spec.money && { currency: "eur" }) } as Rule
    const known = spec.kind === "boolean" ? { field, op: "eq", value: true } : condition
    expect(holds(known as Rule)).toBe(true)
  })

  it("compares money in the named currency and a cart only in its own", () => {
    expect(holds({ field: "total_spent", op: "gte", value: 200, currency: "eur" })).toBe(true)
    expect(holds({ field: "total_spent", op: "gte", value: 200, currency: "usd" })).toBe(false)
    expect(holds({ field: "total_spent", op: "eq", value: 0, currency: "gbp" })).toBe(true)
    expect(holds({ field: "cart_value", op: "gte", value: 50, currency: "eur" })).toBe(true)
    expect(holds({ field: "cart_value", op: "gte", value: 50, currency: "usd" })).toBe(false)
    expect(holds({ field: "cart_value", op: "gte", value: 50 })).toBe(true)
  })

  it("lets unknown facts fail every comparison but exists: false", () => {
    const first = { ...EMPTY_FACTS }
    expect(holds({ field: "days_since_last_order", op: "gte", value: 0 }, first)).toBe(false)
    expect(holds({ field: "days_since_last_order", op: "neq", value: 3 }, first)).toBe(false)
    expect(holds({ field: "days_since_last_order", op: "exists", value: false }, first)).toBe(true)
    expect(holds({ field: "cart_value", op: "lt", value: 10 }, first)).toBe(false)
  })

  it("combines with all, any and not, nested", () => {
    const rule: Rule = {
      all: [
        {
          any: [
            { field: "country", op: "eq", value: "fr" },
            { field: "country", op: "eq", value: "de" },
          ],
        },
        { not: { field: "customer_groups", op: "includes_any", value: ["cusgroup_blocked"] } },
        { field: "visits_without_order", op: "gte", value: 3 },
      ],
    }
    const verdict = evaluate(rule, shopper)
    expect(verdict.matched).toBe(true)
    expect(verdict.reasons.map((reason) => reason.text)).toEqual([
      "country: de (is de)",
      "not: the negated rule does not hold",
      "visits_without_order: 3 (at least 3)",
    ])
    expect(holds({ not: rule })).toBe(false)
    expect(
      holds({
        any: [
          { field: "visits", op: "lt", value: 1 },
          { field: "order_count", op: "eq", value: 9 },
        ],
      })
    ).toBe(false)
  })

  it("writes the shopper's reason from positive conditions only", () => {
    const verdict = evaluate(
      {
        all: [
          { field: "visits_without_order", op: "gte", value: 3 },
          { field: "last_utm_source", op: "neq", value: "newsletter" },
          { field: "first_utm_campaign", op: "eq", value: "spring-sale" },
        ],
      },
      shopper
    )
    expect(shopperReason(verdict.reasons)).toBe(
      "You have visited 3 times without buying yet and you came with our spring-sale campaign"
    )
    expect(shopperReason([])).toBeNull()
  })
})
