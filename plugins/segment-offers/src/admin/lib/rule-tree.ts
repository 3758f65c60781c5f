/** The rule language as the builder edits it: plain rule objects (what the API takes), read and rebuilt. */

export type FieldInfo = {
  name: string
  kind: "number" | "string" | "set" | "boolean"
  operators: string[]
  /** Money fields: "required" or "optional" currency; null for others. */
  currency: "required" | "optional" | null
  /** `server`: recorded by the shop (orders, accounts, the cart); `browser`: from events a browser sends. */
  trust: "server" | "browser"
}

export type ConditionNode = { field: string; op: string; value?: unknown; currency?: string }
export type Combinator = "all" | "any" | "not"
export type GroupNode = { kind: Combinator; children: TreeNode[] }
export type TreeNode = ConditionNode | GroupNode

export const isGroup = (node: TreeNode): node is GroupNode => "kind" in node && "children" in node

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** A rule object as a tree, or null when the builder cannot show it (then the JSON view stays). */
function toNode(rule: unknown): TreeNode | null {
  if (!isObject(rule)) return null
  if ("all" in rule || "any" in rule) {
    const kind: Combinator = "all" in rule ? "all" : "any"
    const list = rule[kind]
    if (!Array.isArray(list) || Object.keys(rule).length !== 1) return null
    const children = list.map(toNode)
    return children.every((child): child is TreeNode => child !== null) ? { kind, children } : null
  }
  if ("not" in rule) {
    const inner = toNode(rule.not)
    return inner && Object.keys(rule).length === 1 ? { kind: "not", children: [inner] } : null
  }
  if (typeof rule.field !== "string" || typeof rule.op !== "string") return null
  const condition: ConditionNode = { field: rule.field, op: rule.op }
  if ("value" in rule) condition.value = rule.value
  if (typeof rule.currency === "string") condition.currency = rule.currency
  return condition
}

/** The builder always shows a group at the top: a single condition is shown inside "all". */
export function ruleToTree(rule: unknown): GroupNode | null {
  const node = toNode(rule)
  if (!node) return null
  return isGroup(node) ? node : { kind: "all", children: [node] }
}

/** Back to the rule language. "not" over several conditions negates them taken together (not all of them). */
export function treeToRule(node: TreeNode): unknown {
  if (!isGroup(node)) return node
  const children = node.children.map(treeToRule)
  if (node.kind !== "not") return { [node.kind]: children }
  return { not: children.length === 1 ? children[0] : { all: children } }
}

/** How many conditions a tree holds (the rule language caps it). */
export const countConditions = (node: TreeNode): number =>
  isGroup(node) ? node.children.reduce((sum, child) => sum + countConditions(child), 0) : 1

/** The value a fresh condition starts with for a field and operator (the API then says what is missing). */
export function defaultValue(field: FieldInfo, op: string): unknown {
  if (op === "exists") return true
  if (field.kind === "boolean") return true
  if (field.kind === "number") return op === "between" ? [0, 0] : 0
  if (field.kind === "set" || op === "in" || op === "not_in") return []
  return ""
}

/** A new condition on a field: its first operator, a starting value and, for money, a currency. */
export function newCondition(field: FieldInfo, currency: string): ConditionNode {
  const op = field.operators.includes("gte") ? "gte" : field.operators[0]
  const condition: ConditionNode = { field: field.name, op, value: defaultValue(field, op) }
  if (field.currency === "required") condition.currency = currency
  return condition
}

/** The shape a value takes for a field and operator: a changed operator keeps the value only when it stays. */
export function valueShape(field: FieldInfo, op: string): "flag" | "range" | "list" | "single" {
  if (op === "exists" || field.kind === "boolean") return "flag"
  if (op === "between") return "range"
  if (field.kind === "set" || op === "in" || op === "not_in") return "list"
  return "single"
}
