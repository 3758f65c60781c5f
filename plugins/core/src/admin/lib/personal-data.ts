import { adminFetch } from "../kit"

/** How many records each plugin erased, by kind. */
export type ErasedCounts = Record<string, Record<string, number>>

/** Downloads everything Touchpoints keeps about a customer as a JSON file (the browser saves it). */
export async function downloadPersonalData(customerId: string): Promise<void> {
  const answer = await adminFetch<{ personal_data: unknown }>(
    `/admin/touchpoints/personal-data?customer_id=${encodeURIComponent(customerId)}`
  )
  const file = new Blob([JSON.stringify(answer.personal_data, null, 2)], { type: "application/json" })
  const link = document.createElement("a")
  link.href = URL.createObjectURL(file)
  link.download = `touchpoints-personal-data-${customerId}.json`
  link.click()
  URL.revokeObjectURL(link.href)
}

/** Erases a customer's Touchpoints data (all but the hashed opt-out) and answers the total of erased records. */
export async function erasePersonalData(customerId: string): Promise<number> {
  const { erased } = await adminFetch<{ erased: ErasedCounts }>("/admin/touchpoints/personal-data/erase", {
    method: "POST",
    body: { customer_id: customerId },
  })
  return Object.entries(erased)
    .flatMap(([, kinds]) => Object.entries(kinds))
    .filter(([kind]) => !kind.startsWith("kept_"))
    .reduce((sum, [, count]) => sum + count, 0)
}
