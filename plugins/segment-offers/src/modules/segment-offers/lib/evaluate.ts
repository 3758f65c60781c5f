import { type Facts, FIELDS, type FieldSpec } from "./facts"
import type { Condition, Rule } from "./rules"

/** Why a condition held: for the owner ("visits: 3 (at least 3)") and, when it reads well, for the shopper. */
export type Reason = { field: string; text: string; shopper: string | null }

export type Verdict = { matched: boolean; reasons: Reason[] }

type FactValue = number | string | string[] | boolean | null

const NEGATIVE_OPS = new Set(["neq", "not_in", "excludes"])

/** The value a condition compares: money in its currency, strings lower-cased; null when unknown. */
function factValue(condition: Condition, facts: Facts): FactValue {
  if (condition.field === "total_spent") {
    if (!condition.currency) {
      return Object.values(facts.total_spent).some((amount) => amount > 0)
        ? Math.max(...Object.values(facts.total_spent))
        : null
    }
    return facts.total_spent[condition.currency] ?? 0
  }
  if (condition.field === "cart_value" && condition.currency && facts.cart_currency !== condition.currency) {
    return null
  }
  const value = facts[condition.field] as FactValue
  return typeof value === "string" ? value.toLowerCase() : value
}

const lower = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : value)

function holds(kind: FieldSpec["kind"], op: string, fact: FactValue, expected: unknown): boolean {
  if (op === "exists") {
    const known = Array.isArray(fact) ? fact.length > 0 : fact !== null
    return known === expected
  }
  if (fact === null) {
    return false
  }
  if (kind === "number") {
    const n = fact as number
    switch (op) {
      case "eq":
        return n === expected
      case "neq":
        return n !== expected
      case "gt":
        return n > (expected as number)
      case "gte":
        return n >= (expected as number)
      case "lt":
        return n < (expected as number)
      case "lte":
        return n <= (expected as number)
      case "between": {
        const [min, max] = expected as [number, number]
        return n >= min && n <= max
      }
    }
  }
  if (kind === "string") {
    const s = fact as string
    switch (op) {
      case "eq":
        return s === lower(expected)
      case "neq":
        return s !== lower(expected)
      case "in":
        return (expected as string[]).some((v) => v.toLowerCase() === s)
      case "not_in":
        return !(expected as string[]).some((v) => v.toLowerCase() === s)
      case "contains":
        return s.includes((expected as string).toLowerCase())
      case "starts_with":
        return s.startsWith((expected as string).toLowerCase())
    }
  }
  if (kind === "set") {
    const have = new Set(fact as string[])
    const wanted = expected as string[]
    switch (op) {
      case "includes_any":
        return wanted.some((v) => have.has(v))
      case "includes_all":
        return wanted.every((v) => have.has(v))
      case "excludes":
        return !wanted.some((v) => have.has(v))
    }
  }
  return kind === "boolean" && op === "eq" && fact === expected
}

const OP_TEXT: Record<string, (value: unknown) => string> = {
  eq: (v) => `is ${v}`,
  neq: (v) => `is not ${v}`,
  gt: (v) => `more than ${v}`,
  gte: (v) => `at least ${v}`,
  lt: (v) => `less than ${v}`,
  lte: (v) => `at most ${v}`,
  between: (v) => `between ${(v as number[])[0]} and ${(v as number[])[1]}`,
  exists: (v) => (v ? "is known" : "is unknown"),
  in: (v) => `one of ${(v as string[]).join(", ")}`,
  not_in: (v) => `none of ${(v as string[]).join(", ")}`,
  contains: (v) => `contains "${v}"`,
  starts_with: (v) => `starts with "${v}"`,
  includes_any: (v) => `includes any of ${(v as string[]).join(", ")}`,
  includes_all: (v) => `includes all of ${(v as string[]).join(", ")}`,
  excludes: (v) => `includes none of ${(v as string[]).join(", ")}`,
}

const shown = (value: FactValue) =>
  value === null ? "unknown" : Array.isArray(value) ? `[${value.join(", ")}]` : String(value)

function evaluateCondition(condition: Condition, facts: Facts): Verdict {
  const spec: FieldSpec = FIELDS[condition.field]
  const fact = factValue(condition, facts)
  if (!holds(spec.kind, condition.op, fact, condition.value)) {
    return { matched: false, reasons: [] }
  }
  const label = condition.currency ? `${condition.field} (${condition.currency})` : condition.field
  const positive = !NEGATIVE_OPS.has(condition.op) && !(condition.op === "exists" && condition.value === false)
  return {
    matched: true,
    reasons: [
      {
        field: condition.field,
        text: `${label}: ${shown(fact)} (${OP_TEXT[condition.op](condition.value)})`,
        shopper: positive && fact !== null && spec.shopper ? spec.shopper(fact) : null,
      },
    ],
  }
}

/** Evaluates a rule against a shopper's facts, with the reasons of the conditions that made it hold. */
export function evaluate(rule: Rule, facts: Facts): Verdict {
  if ("all" in rule) {
    const reasons: Reason[] = []
    for (const child of rule.all) {
      const verdict = evaluate(child, facts)
      if (!verdict.matched) return { matched: false, reasons: [] }
      reasons.push(...verdict.reasons)
    }
    return { matched: true, reasons }
  }
  if ("any" in rule) {
    for (const child of rule.any) {
      const verdict = evaluate(child, facts)
      if (verdict.matched) return verdict
    }
    return { matched: false, reasons: [] }
  }
  if ("not" in rule) {
    const inner = evaluate(rule.not, facts)
    return inner.matched
      ? { matched: false, reasons: [] }
      : { matched: true, reasons: [{ field: "not", text: "not: the negated rule does not hold", shopper: null }] }
  }
  return evaluateCondition(rule, facts)
}

/** The shopper-facing reason: their positive conditions joined ("You have visited 3 times without buying yet"). */
export function shopperReason(reasons: Reason[]): string | null {
  const phrases = [...new Set(reasons.map((reason) => reason.shopper).filter((text): text is string => !!text))]
  if (!phrases.length) return null
  const sentence = phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(", ")} and ${phrases.at(-1)}`
  return sentence.charAt(0).toUpperCase() + sentence.slice(1)
}
