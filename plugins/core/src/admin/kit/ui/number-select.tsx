import { Select } from "@medusajs/ui"

/** A select of a few numbered choices (a period, a reminder), labelled for screen readers by `label`. */
export function NumberSelect({
  label,
  value,
  options,
  onChange,
  className = "w-40",
}: {
  label: string
  value: number
  options: readonly { value: number; label: string }[]
  onChange: (value: number) => void
  className?: string
}) {
  return (
    <div className={className}>
      <Select value={String(value)} onValueChange={(picked) => onChange(Number(picked))}>
        <Select.Trigger aria-label={label}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {options.map((option) => (
            <Select.Item key={option.value} value={String(option.value)}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

/** The "Last N days" choice a report page offers, labelled "Period". */
export function PeriodSelect({
  days,
  periods,
  onChange,
}: {
  days: number
  periods: readonly number[]
  onChange: (days: number) => void
}) {
  const options = periods.map((period) => ({ value: period, label: `Last ${period} days` }))
  return <NumberSelect label="Period" value={days} options={options} onChange={onChange} />
}
