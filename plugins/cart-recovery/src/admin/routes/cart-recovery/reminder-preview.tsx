import { Text } from "@medusajs/ui"
import { loadedValue, loadProblem, NumberSelect, ProblemText, useAdminGet } from "@touchpoints/core/admin-kit"
import { useState } from "react"
import type { Preview } from "../../lib/types"

/** A reminder as it would go out, rendered by the store with a sample cart; one step at a time. */
export function ReminderPreview({ steps }: { steps: number[] }) {
  const [step, setStep] = useState(steps[0] ?? 1)
  const [answer] = useAdminGet<Preview>(`/admin/cart-recovery/preview?step=${step}`)
  const preview = loadedValue(answer)

  return (
    <div className="flex flex-col gap-y-3">
      <NumberSelect
        label="Reminder to preview"
        className="w-48"
        value={step}
        options={steps.map((option) => ({ value: option, label: `Reminder ${option}` }))}
        onChange={setStep}
      />
      <ProblemText size="small" problem={loadProblem(answer)} />
      {preview && (
        <>
          <Text size="small" data-testid="tp-reminder-subject">{`Subject: ${preview.subject}`}</Text>
          {/* sandboxed: the rendered email runs no script and reaches nothing of the admin */}
          <iframe
            title={`Reminder ${preview.step} as it would be sent`}
            sandbox=""
            srcDoc={preview.html}
            className="h-[560px] w-full rounded-md border"
          />
        </>
      )}
    </div>
  )
}
