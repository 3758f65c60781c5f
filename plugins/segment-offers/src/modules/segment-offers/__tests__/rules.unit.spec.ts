import { checkRule, RULE_LIMITS } from "../lib/rules"

const problems = (rule: unknown) => {
  const checked = checkRule(rule)
  return checked.ok ? [] : checked.problems
}

describe("checkRule", () => {
  it("accepts a nested rule and lists the fields it reads", () => {
    const rule = {
      all: [
        { field: "visits", op: "gte", value: 3 },
        {
          any: [
            { field: "total_spent", op: "gt", value: 500, currency: "eur" },
            { not: { field: "has_account", op: "eq", value: false } },
          ],
        },
      ],
    }
    expect(checkRule(rule)).toEqual({ ok: true, rule })
  })

  it("names the path and the problem", () => {
    expect(problems({ all: [{ field: "visitz", op: "gte", value: 3 }] })[0]).toMatch(
      /^rule\.all\.0\.field: unknown field "visitz" \(one of visits, /
    )
    expect(problems({ field: "visits", op: "contains", value: "3" })).toEqual([
      "rule.op: visits is a number field: op must be one of eq, neq, gt, gte, lt, lte, between, exists",
    ])
    expect(problems({ field: "visits", op: "between", value: [5, 1] })).toEqual([
      "rule.value: must be [min, max] with min <= max for between",
    ])
    expect(problems({ field: "country", op: "in", value: [] })).toEqual([
      "rule.value: must be a list of 1-100 non-empty strings",
    ])
    expect(problems({ field: "visits", op: "exists", value: 1 })).toEqual([
      "rule.value: must be true or false for exists",
    ])
    expect(problems({ field: "visits", op: "gte", value: 1, currency: "eur" })).toEqual([
      "rule.currency: only money fields (total_spent, cart_value) take a currency",
    ])
    expect(problems({ field: "cart_value", op: "gte", value: 1, currency: "EUR" })).toEqual([
      "rule.currency: must be a 3-letter lower-case currency code",
    ])
    expect(problems({ field: "visits", op: "gte", value: 1, colour: "red" })).toEqual(["rule: unknown key colour"])
    expect(problems({ all: [{ field: "visits", op: "gte", value: 1 }], any: [] })).toEqual([
      "rule: a group (all) has no other keys",
    ])
    expect(problems([])).toEqual(["rule: must be an object (a condition, or all/any/not)"])
  })

  it("bounds depth, width and size", () => {
    let deep: unknown = { field: "visits", op: "gte", value: 1 }
    for (let level = 0; level < RULE_LIMITS.depth; level++) deep = { not: deep }
    expect(problems(deep)[0]).toMatch(/nested deeper than 6 levels/)
    const wide = { any: Array.from({ length: 21 }, () => ({ field: "visits", op: "gte", value: 1 })) }
    expect(problems(wide)).toEqual(["rule.any: must be a list of 1-20 rules"])
    const many = {
      all: Array.from({ length: 3 }, () => ({
        any: Array.from({ length: 20 }, () => ({ field: "visits", op: "gte", value: 1 })),
      })),
    }
    expect(problems(many)).toEqual(["rule: at most 50 conditions (has 60)"])
  })
})
