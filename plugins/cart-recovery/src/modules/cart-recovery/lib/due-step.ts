/**
 * The reminder step (0-based) a cart is due for, or null: the latest step whose delay its inactivity has passed
 * and that was not sent yet. A cart found late gets only the latest due step, never a burst of older ones.
 */
export function dueStep(delaysHours: readonly number[], remindersSent: number, inactiveMs: number): number | null {
  let due: number | null = null
  delaysHours.forEach((hours, step) => {
    if (step >= remindersSent && inactiveMs >= hours * 3_600_000) due = step
  })
  return due
}
