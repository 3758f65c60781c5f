import type { SelectHTMLAttributes } from "react"

/** A native select styled like Medusa's inputs: keyboard and screen readers work as the browser makes them. */
export function NativeSelect(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select
      {...props}
      className={`bg-ui-bg-field shadow-borders-base txt-compact-small text-ui-fg-base h-8 rounded-md px-2 outline-none focus-visible:shadow-borders-interactive-with-active ${props.className ?? ""}`}
    />
  )
}
