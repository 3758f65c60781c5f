import type { Page } from "playwright-core"
import { APP } from "./shop"

/** Adds a product through its page's form (a server action); the shop then shows the cart. */
export async function addThroughProductPage(page: Page, handle: string): Promise<void> {
  await page.goto(`${APP}/products/${handle}`)
  await page.getByRole("button", { name: "Add to cart" }).click()
  await page.waitForURL(`${APP}/cart`)
  await page.getByRole("heading", { name: "Cart" }).waitFor()
}

/** The line ids of the server-rendered cart table, in order. */
export function renderedLines(page: Page): Promise<string[]> {
  return page
    .locator("tr[data-line-id]")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-line-id") ?? ""))
}

/** Marks the document; `stillSameDocument` is false after a reload or a full navigation. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => document.documentElement.setAttribute("data-test-document", "kept"))
}

export function stillSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.getAttribute("data-test-document") === "kept")
}
