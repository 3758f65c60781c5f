import { Input, Label } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A form control under its small label; `id` ties the two for screen readers and clicks. */
export function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small">
        {label}
      </Label>
      {children}
    </div>
  )
}

/** A labelled one-line text input that reports each change as a string. */
export function TextField({
  id,
  label,
  value,
  onChange,
  type,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  type?: "text" | "email"
}) {
  return (
    <Field id={id} label={label}>
      <Input id={id} type={type} size="small" value={value} onChange={(event) => onChange(event.target.value)} />
    </Field>
  )
}
