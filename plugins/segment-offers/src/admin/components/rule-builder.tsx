import { Text } from "@medusajs/ui"
import { countConditions, type GroupNode, treeToRule } from "../lib/rule-tree"
import { RuleGroup } from "./rule-group"
import { useRuleFields } from "./use-rule-fields"

type Props = { tree: GroupNode; onChange: (rule: unknown) => void }

/** The visual rule editor: the rule as nested groups of conditions, each edit handed back as a rule object. */
export function RuleBuilder({ tree, onChange }: Props) {
  const { fields, currency, problem } = useRuleFields()
  if (problem) {
    return (
      <Text size="small" className="text-ui-fg-error" role="alert">
        The rule fields could not be loaded: {problem}
      </Text>
    )
  }
  if (!fields) return <Text size="small">Loading the rule fields...</Text>
  return (
    <RuleGroup
      group={tree}
      fields={fields}
      label="Group 1"
      depth={1}
      total={countConditions(tree)}
      currency={currency}
      onChange={(group) => onChange(treeToRule(group))}
    />
  )
}
