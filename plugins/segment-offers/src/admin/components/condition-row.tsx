import { Trash } from "@medusajs/icons"
import { Badge, IconButton, Input, Tooltip } from "@medusajs/ui"
import { type ConditionNode, defaultValue, type FieldInfo, newCondition, valueShape } from "../lib/rule-tree"
import { NativeSelect } from "./native-select"
import { ValueInput } from "./value-input"

type Props = {
  condition: ConditionNode
  fields: FieldInfo[]
  /** "Condition 2 of group 1": names each control for screen readers and tests. */
  label: string
  currency: string
  onChange: (condition: ConditionNode) => void
  onRemove: () => void
}

const OPERATOR_NAMES: Record<string, string> = {
  eq: "equals",
  neq: "does not equal",
  gt: "more than",
  gte: "at least",
  lt: "less than",
  lte: "at most",
  between: "between",
  exists: "is known",
  in: "is one of",
  not_in: "is none of",
  contains: "contains",
  starts_with: "starts with",
  includes_any: "includes any of",
  includes_all: "includes all of",
  excludes: "includes none of",
}

const TRUST = {
  server: {
    text: "server-observed",
    color: "green",
    why: "Recorded by the shop itself (orders, accounts, customer groups, the cart): a shopper cannot make it up.",
  },
  browser: {
    text: "browser-reported",
    color: "orange",
    why: "Counted by the server's clock, but from events a browser sends: a determined visitor can make them up over time. Give offers that rest on it alone a once-per-shopper limit.",
  },
} as const

/** How far the owner can trust a field, with the reason on hover and for screen readers. */
function TrustBadge({ trust }: { trust: FieldInfo["trust"] }) {
  const { text, color, why } = TRUST[trust]
  return (
    <Tooltip content={why}>
      <Badge size="2xsmall" color={color} aria-label={`${text}: ${why}`}>
        {text}
      </Badge>
    </Tooltip>
  )
}

/** One condition: field, an operator the field allows, and a value (with a currency for money fields). */
export function ConditionRow({ condition, fields, label, currency, onChange, onRemove }: Props) {
  const field = fields.find((candidate) => candidate.name === condition.field)
  const changeField = (name: string) => {
    const next = fields.find((candidate) => candidate.name === name)
    if (next) onChange(newCondition(next, condition.currency ?? currency))
  }
  const changeOp = (op: string) => {
    if (!field) return
    const { value: _old, ...rest } = condition
    const keep = valueShape(field, op) === valueShape(field, condition.op)
    onChange({ ...rest, op, value: keep ? condition.value : defaultValue(field, op) })
  }
  const changeCurrency = (text: string) => {
    const { currency: _old, ...rest } = condition
    onChange(text === "" && field?.currency === "optional" ? rest : { ...rest, currency: text.toLowerCase() })
  }
  return (
    <fieldset aria-label={label} className="flex flex-wrap items-center gap-2">
      <NativeSelect
        aria-label={`${label}: field`}
        value={condition.field}
        onChange={(e) => changeField(e.target.value)}
      >
        {!field && <option value={condition.field}>{condition.field} (unknown)</option>}
        {fields.map((candidate) => (
          <option key={candidate.name} value={candidate.name}>
            {candidate.name}
          </option>
        ))}
      </NativeSelect>
      {field && <TrustBadge trust={field.trust} />}
      {field && (
        <>
          <NativeSelect
            aria-label={`${label}: operator`}
            value={condition.op}
            onChange={(e) => changeOp(e.target.value)}
          >
            {!field.operators.includes(condition.op) && <option value={condition.op}>{condition.op}</option>}
            {field.operators.map((op) => (
              <option key={op} value={op}>
                {OPERATOR_NAMES[op] ?? op}
              </option>
            ))}
          </NativeSelect>
          {field.currency && condition.op !== "exists" && (
            <Input
              className="w-20"
              aria-label={`${label}: currency${field.currency === "optional" ? " (optional, else the cart's)" : ""}`}
              placeholder={field.currency === "optional" ? "any" : "eur"}
              maxLength={3}
              value={condition.currency ?? ""}
              onChange={(event) => changeCurrency(event.target.value)}
            />
          )}
          <ValueInput
            field={field}
            condition={condition}
            label={`${label}: value`}
            onChange={(value) => onChange({ ...condition, value })}
          />
        </>
      )}
      <IconButton type="button" size="small" variant="transparent" aria-label={`Remove ${label}`} onClick={onRemove}>
        <Trash />
      </IconButton>
    </fieldset>
  )
}
