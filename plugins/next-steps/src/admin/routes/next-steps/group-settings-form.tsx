import { Button, Input, Label, Text } from "@medusajs/ui"
import { adminFetch, ProblemText } from "@touchpoints/core/admin-kit"
import { useState } from "react"
import type { GroupKey, GroupSettings } from "../../lib/types"

const GROUP_NAMES: Record<GroupKey, string> = {
  similar: "Similar products",
  brand: "Popular from the same brand",
  for_you: "You might like these",
}

/** The three link groups' titles (a brand title may hold `{brand}`) and sizes, saved through the admin API. */
export function GroupSettingsForm({
  settings,
  onSaved,
}: {
  settings: GroupSettings
  onSaved: (saved: GroupSettings) => void
}) {
  const [groups, setGroups] = useState(settings.groups)
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)

  const change = (key: GroupKey, field: "title" | "size", value: string) => {
    setSaved(false)
    setGroups({ ...groups, [key]: { ...groups[key], [field]: field === "size" ? Number(value) : value } })
  }
  const save = async () => {
    setProblem(null)
    try {
      const answer = await adminFetch<{ settings: GroupSettings }>("/admin/next-steps/settings", {
        method: "POST",
        body: { groups },
      })
      setSaved(true)
      onSaved(answer.settings)
    } catch (error) {
      setProblem((error as Error).message)
    }
  }

  return (
    <form
      aria-label="Link groups"
      className="flex flex-col gap-y-3 px-6 py-4"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      {settings.group_order.map((key) => (
        <fieldset key={key} className="flex items-end gap-x-3">
          <legend className="sr-only">{GROUP_NAMES[key]}</legend>
          <div className="flex flex-1 flex-col gap-y-1">
            <Label htmlFor={`tp-group-${key}-title`}>{`${GROUP_NAMES[key]}: title`}</Label>
            <Input
              id={`tp-group-${key}-title`}
              value={groups[key].title}
              onChange={(e) => change(key, "title", e.target.value)}
            />
          </div>
          <div className="flex w-28 flex-col gap-y-1">
            <Label htmlFor={`tp-group-${key}-size`}>Links</Label>
            <Input
              id={`tp-group-${key}-size`}
              type="number"
              min={1}
              max={24}
              value={groups[key].size}
              onChange={(e) => change(key, "size", e.target.value)}
            />
          </div>
        </fieldset>
      ))}
      <ProblemText size="small" problem={problem} />
      <div className="flex items-center gap-x-3">
        <Button type="submit" size="small">
          Save link groups
        </Button>
        <Text size="small" role="status">
          {saved ? "Saved: product pages use these now." : ""}
        </Text>
      </div>
    </form>
  )
}
