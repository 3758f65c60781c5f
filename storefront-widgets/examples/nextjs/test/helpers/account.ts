import type { Page } from "playwright-core"
import { APP } from "./shop"

/** Logs in through the account page's form (the server action sets the httpOnly `_medusa_jwt` cookie). */
export async function logIn(page: Page, email: string, password = "supersecret"): Promise<void> {
  await page.goto(`${APP}/account`)
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Log in" }) })
  await form.getByLabel("Email").fill(email)
  await form.getByLabel("Password").fill(password)
  await form.getByRole("button", { name: "Log in" }).click()
  await page.getByRole("heading", { name: /^Hello, / }).waitFor()
}

/** Creates an account through the account page's registration form (logged in afterwards). */
export async function register(page: Page, email: string, password = "supersecret"): Promise<void> {
  await page.goto(`${APP}/account`)
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Create an account" }) })
  await form.getByLabel("First name").fill("Nina")
  await form.getByLabel("Last name").fill("Example")
  await form.getByLabel("Email").fill(email)
  await form.getByLabel("Password").fill(password)
  await form.getByRole("button", { name: "Create account" }).click()
  await page.getByRole("heading", { name: "Hello, Nina" }).waitFor()
}
