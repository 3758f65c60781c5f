import type { Page } from "playwright-core"

/** The demo store's owner account (src/scripts/seed.ts creates it). */
export const OWNER = { email: "admin@touchpoints.local", password: "supersecret" }

/** Logs in through the dashboard's own form, as the shop owner does. */
export async function logInToDashboard(page: Page, backendUrl: string) {
  await page.goto(`${backendUrl}/app/login`)
  await page.locator('input[name="email"]').fill(OWNER.email)
  await page.locator('input[name="password"]').fill(OWNER.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL(/\/app\/orders/, { timeout: 60_000 })
}
