import type { Page } from "playwright-core"
import { APP } from "./shop"

/**
 * Adds a variant through its product page's form (a server action); the shop then shows the cart. The page
 * offers its first variant unless `?v_id=` picks one, and a product's first variant may be sold out.
 */
export async function addThroughProductPage(page: Page, variant: { handle: string; variantId: string }): Promise<void> {
  await page.goto(`${APP}/products/${variant.handle}?v_id=${encodeURIComponent(variant.variantId)}`)
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
