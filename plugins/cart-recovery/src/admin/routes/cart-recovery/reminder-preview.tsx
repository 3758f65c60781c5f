import { Select, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../../lib/admin-fetch"
import type { Preview } from "../../lib/types"

/** A reminder as it would go out, rendered by the store with a sample cart; one step at a time. */
export function ReminderPreview({ steps }: { steps: number[] }) {
  const [step, setStep] = useState(steps[0] ?? 1)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    setPreview(null)
    adminFetch<Preview>(`/admin/cart-recovery/preview?step=${step}`)
      .then((rendered) => current && setPreview(rendered))
      .catch((error: Error) => current && setProblem(error.message))
    return () => {
      current = false
    }
  }, [step])

  return (
    <div className="flex flex-col gap-y-3">
      <div className="w-48">
        <Select value={String(step)} onValueChange={(value) => setStep(Number(value))}>
          <Select.Trigger aria-label="Reminder to preview">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {steps.map((option) => (
              <Select.Item key={option} value={String(option)}>
                {`Reminder ${option}`}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {problem && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {problem}
        </Text>
      )}
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
