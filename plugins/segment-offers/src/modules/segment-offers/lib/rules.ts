import { type FactKind, FIELD_NAMES, FIELDS, type FieldName, type FieldSpec } from "./facts"

/** One comparison: `{ "field": "visits_without_order", "op": "gte", "value": 3 }`. */
export type Condition = {
  field: FieldName
  op: string
  value?: unknown
  /** Money fields: the currency the amount is in (lower case). */
  currency?: string
}

/** A rule: a condition, or conditions combined with all/any and negated with not, nested at will. */
export type Rule = Condition | { all: Rule[] } | { any: Rule[] } | { not: Rule }

export const OPERATORS: Record<FactKind, readonly string[]> = {
  number: ["eq", "neq", "gt", "gte", "lt", "lte", "between", "exists"],
  string: ["eq", "neq", "in", "not_in", "contains", "starts_with", "exists"],
  set: ["includes_any", "includes_all", "excludes", "exists"],
  boolean: ["eq"],
}

export const RULE_LIMITS = { depth: 6, conditions: 50, children: 20, listValues: 100, text: 200 }

const COMBINATORS = ["all", "any", "not"] as const
const CONDITION_KEYS = ["field", "op", "value", "currency"]

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const isText = (value: unknown) => typeof value === "string" && value.length > 0 && value.length <= RULE_LIMITS.text

const isTextList = (value: unknown) =>
  Array.isArray(value) && value.length > 0 && value.length <= RULE_LIMITS.listValues && value.every(isText)

/** What `value` must be for a kind and operator; null when it is right, else the complaint. */
function valueProblem(kind: FactKind, op: string, value: unknown): string | null {
  if (op === "exists") {
    return typeof value === "boolean" ? null : "must be true or false for exists"
  }
  switch (kind) {
    case "number":
      if (op === "between") {
        const ok =
          Array.isArray(value) &&
          value.length === 2 &&
          value.every((n) => typeof n === "number" && Number.isFinite(n)) &&
          value[0] <= value[1]
        return ok ? null : "must be [min, max] with min <= max for between"
      }
      return typeof value === "number" && Number.isFinite(value) ? null : "must be a number"
    case "string":
      if (op === "in" || op === "not_in") {
        return isTextList(value) ? null : `must be a list of 1-${RULE_LIMITS.listValues} non-empty strings`
      }
      return isText(value) ? null : `must be a non-empty string of at most ${RULE_LIMITS.text} characters`
    case "set":
      return isTextList(value) ? null : `must be a list of 1-${RULE_LIMITS.listValues} non-empty strings`
    case "boolean":
      return typeof value === "boolean" ? null : "must be true or false"
  }
}

function checkCondition(node: Record<string, unknown>, path: string, problems: string[]): void {
  const extra = Object.keys(node).filter((key) => !CONDITION_KEYS.includes(key))
  if (extra.length) {
    problems.push(`${path}: unknown key${extra.length > 1 ? "s" : ""} ${extra.join(", ")}`)
  }
  const field = node.field
  if (typeof field !== "string" || !(FIELD_NAMES as string[]).includes(field)) {
    const known = typeof field === "string" ? `unknown field "${field.slice(0, 50)}"` : "must name a field"
    problems.push(`${path}.field: ${known} (one of ${FIELD_NAMES.join(", ")})`)
    return
  }
  const spec: FieldSpec = FIELDS[field as FieldName]
  const allowed = OPERATORS[spec.kind]
  if (typeof node.op !== "string" || !allowed.includes(node.op)) {
    problems.push(`${path}.op: ${field} is a ${spec.kind} field: op must be one of ${allowed.join(", ")}`)
    return
  }
  const problem = valueProblem(spec.kind, node.op, node.value)
  if (problem) {
    problems.push(`${path}.value: ${problem}`)
  }
  if (node.currency !== undefined && !spec.money) {
    problems.push(`${path}.currency: only money fields (total_spent, cart_value) take a currency`)
  } else if (node.currency !== undefined && !(typeof node.currency === "string" && /^[a-z]{3}$/.test(node.currency))) {
    problems.push(`${path}.currency: must be a 3-letter lower-case currency code`)
  } else if (spec.money === "required" && node.currency === undefined && node.op !== "exists") {
    problems.push(`${path}.currency: ${field} needs a currency, e.g. "eur"`)
  }
}

function checkNode(node: unknown, path: string, depth: number, counts: { conditions: number }, problems: string[]) {
  if (!isObject(node)) {
    problems.push(`${path}: must be an object (a condition, or all/any/not)`)
    return
  }
  if (depth > RULE_LIMITS.depth) {
    problems.push(`${path}: nested deeper than ${RULE_LIMITS.depth} levels`)
    return
  }
  const combinator = COMBINATORS.find((key) => key in node)
  if (!combinator) {
    counts.conditions += 1
    checkCondition(node, path, problems)
    return
  }
  if (Object.keys(node).length !== 1) {
    problems.push(`${path}: a group (${combinator}) has no other keys`)
    return
  }
  const inner = node[combinator]
  if (combinator === "not") {
    checkNode(inner, `${path}.not`, depth + 1, counts, problems)
    return
  }
  if (!Array.isArray(inner) || inner.length === 0 || inner.length > RULE_LIMITS.children) {
    problems.push(`${path}.${combinator}: must be a list of 1-${RULE_LIMITS.children} rules`)
    return
  }
  inner.forEach((child, index) => {
    checkNode(child, `${path}.${combinator}.${index}`, depth + 1, counts, problems)
  })
}

/**
 * Checks a rule from the admin API. Each problem names its path, e.g.
 * `rule.all.0.field: unknown field "visitz" (one of ...)`.
 */
export function checkRule(rule: unknown, path = "rule"): { ok: true; rule: Rule } | { ok: false; problems: string[] } {
  const problems: string[] = []
  const counts = { conditions: 0 }
  checkNode(rule, path, 1, counts, problems)
  if (counts.conditions > RULE_LIMITS.conditions) {
    problems.push(`${path}: at most ${RULE_LIMITS.conditions} conditions (has ${counts.conditions})`)
  }
  return problems.length ? { ok: false, problems } : { ok: true, rule: rule as Rule }
}
