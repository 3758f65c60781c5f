/** One headline number with its name, e.g. "NPS 42", as a term and its value inside a `<dl>` row. */
export function Figure({ name, value }: { name: string; value: string | number | null }) {
  return (
    <div className="flex flex-col">
      <dt className="text-ui-fg-subtle text-xs">{name}</dt>
      <dd className="text-ui-fg-base text-xl font-medium" data-figure={name}>
        {value ?? "-"}
      </dd>
    </div>
  )
}
