import { Select } from "@medusajs/ui"
import { Field } from "@touchpoints/core/admin-kit"

/** A labelled Medusa UI select over a few fixed options. */
export function Choice<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string
  label: string
  value: T
  options: { value: T; label: string }[]
  onChange: (value: T) => void
}) {
  return (
    <Field id={id} label={label}>
      <Select value={value} onValueChange={(next) => onChange(next as T)}>
        <Select.Trigger id={id} aria-label={label}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {options.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </Field>
  )
}
