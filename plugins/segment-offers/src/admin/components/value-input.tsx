import { Input } from "@medusajs/ui"
import { useEffect, useState } from "react"
import type { ConditionNode, FieldInfo } from "../lib/rule-tree"
import { NativeSelect } from "./native-select"

type Props = { field: FieldInfo; condition: ConditionNode; label: string; onChange: (value: unknown) => void }

const numberOf = (text: string) => (text.trim() === "" ? Number.NaN : Number(text))

const splitList = (text: string) =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)

/** A list of strings typed comma-separated (kept as typed, sent as a trimmed list). */
function ListInput({ value, label, onChange }: { value: unknown; label: string; onChange: (list: string[]) => void }) {
  const [text, setText] = useState(Array.isArray(value) ? value.join(", ") : "")
  // another condition may take this row's place (a row above removed): then show its list
  useEffect(() => {
    const list = Array.isArray(value) ? value.join(", ") : ""
    setText((typed) => (splitList(typed).join(", ") === list ? typed : list))
  }, [value])
  return (
    <Input
      aria-label={`${label} (comma separated)`}
      placeholder="a, b, c"
      value={text}
      onChange={(event) => {
        setText(event.target.value)
        onChange(splitList(event.target.value))
      }}
    />
  )
}

/** The value of a condition, in the input its field's kind and operator need. */
export function ValueInput({ field, condition, label, onChange }: Props) {
  const { op, value } = condition
  if (op === "exists" || field.kind === "boolean") {
    return (
      <NativeSelect
        aria-label={label}
        value={String(value)}
        onChange={(event) => onChange(event.target.value === "true")}
      >
        <option value="true">{op === "exists" ? "is known" : "yes"}</option>
        <option value="false">{op === "exists" ? "is not known" : "no"}</option>
      </NativeSelect>
    )
  }
  if (field.kind === "number" && op === "between") {
    const [min, max] = Array.isArray(value) ? value : [0, 0]
    return (
      <div className="flex items-center gap-x-1">
        <Input
          type="number"
          aria-label={`${label}: from`}
          value={Number.isFinite(min) ? String(min) : ""}
          onChange={(event) => onChange([numberOf(event.target.value), max])}
        />
        <span aria-hidden>to</span>
        <Input
          type="number"
          aria-label={`${label}: to`}
          value={Number.isFinite(max) ? String(max) : ""}
          onChange={(event) => onChange([min, numberOf(event.target.value)])}
        />
      </div>
    )
  }
  if (field.kind === "number") {
    return (
      <Input
        type="number"
        aria-label={field.currency ? `${label}: amount` : label}
        value={typeof value === "number" && Number.isFinite(value) ? String(value) : ""}
        onChange={(event) => onChange(numberOf(event.target.value))}
      />
    )
  }
  if (field.kind === "set" || op === "in" || op === "not_in") {
    return <ListInput key={`${field.name}-${op}`} value={value} label={label} onChange={onChange} />
  }
  return (
    <Input
      aria-label={label}
      value={typeof value === "string" ? value : ""}
      onChange={(e) => onChange(e.target.value)}
    />
  )
}
