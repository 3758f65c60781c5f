import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton } from "@medusajs/ui"
import { RULE_LIMITS } from "../../modules/segment-offers/lib/rules"
import { type Combinator, type FieldInfo, type GroupNode, isGroup, newCondition, type TreeNode } from "../lib/rule-tree"
import { ConditionRow } from "./condition-row"
import { NativeSelect } from "./native-select"

type Props = {
  group: GroupNode
  fields: FieldInfo[]
  /** "Group 1", "Group 1.2": names the group's controls. */
  label: string
  depth: number
  /** Conditions in the whole rule: adding stops at the language's cap. */
  total: number
  currency: string
  onChange: (group: GroupNode) => void
  onRemove?: () => void
}

const COMBINATOR_NAMES: Record<Combinator, string> = {
  all: "All of these (and)",
  any: "Any of these (or)",
  not: "Not (none of these together)",
}

/** A group of conditions and groups combined with all / any / not, nested up to the rule language's depth. */
export function RuleGroup({ group, fields, label, depth, total, currency, onChange, onRemove }: Props) {
  const setChild = (index: number, child: TreeNode) =>
    onChange({ ...group, children: group.children.map((old, at) => (at === index ? child : old)) })
  const removeChild = (index: number) =>
    onChange({ ...group, children: group.children.filter((_, at) => at !== index) })
  const full = group.children.length >= RULE_LIMITS.children || total >= RULE_LIMITS.conditions
  // a child group's conditions sit two levels below this group
  const canNest = depth + 2 <= RULE_LIMITS.depth
  const add = (child: TreeNode) => onChange({ ...group, children: [...group.children, child] })
  const first = fields.find((field) => field.name === "visits") ?? fields[0]
  return (
    <fieldset aria-label={label} className="flex flex-col gap-y-2 rounded-lg border border-dashed p-3">
      <div className="flex items-center gap-x-2">
        <NativeSelect
          aria-label={`${label}: combine`}
          value={group.kind}
          onChange={(event) => onChange({ ...group, kind: event.target.value as Combinator })}
        >
          {(Object.keys(COMBINATOR_NAMES) as Combinator[]).map((kind) => (
            <option key={kind} value={kind}>
              {COMBINATOR_NAMES[kind]}
            </option>
          ))}
        </NativeSelect>
        {onRemove && (
          <IconButton
            type="button"
            size="small"
            variant="transparent"
            aria-label={`Remove ${label}`}
            onClick={onRemove}
          >
            <Trash />
          </IconButton>
        )}
      </div>
      <ul className="flex flex-col gap-y-2 pl-3">
        {group.children.map((child, index) => {
          const childLabel = `${label}.${index + 1}`
          return (
            // the rule has no ids: position is the identity while editing
            <li key={index}>
              {isGroup(child) ? (
                <RuleGroup
                  group={child}
                  fields={fields}
                  label={`Group ${childLabel.replace(/^Group /, "")}`}
                  depth={depth + 1}
                  total={total}
                  currency={currency}
                  onChange={(next) => setChild(index, next)}
                  onRemove={() => removeChild(index)}
                />
              ) : (
                <ConditionRow
                  condition={child}
                  fields={fields}
                  label={`Condition ${childLabel.replace(/^Group /, "")}`}
                  currency={currency}
                  onChange={(next) => setChild(index, next)}
                  onRemove={() => removeChild(index)}
                />
              )}
            </li>
          )
        })}
      </ul>
      <div className="flex gap-x-2">
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={full || !first}
          aria-label={`Add condition to ${label}`}
          onClick={() => first && add(newCondition(first, currency))}
        >
          <Plus /> Condition
        </Button>
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={full || !canNest || !first}
          aria-label={`Add group to ${label}`}
          onClick={() => first && add({ kind: "all", children: [newCondition(first, currency)] })}
        >
          <Plus /> Group
        </Button>
      </div>
    </fieldset>
  )
}
