import { type Browser, chromium } from "playwright-core"

/**
 * Debian's Chromium, headless, with the flags this offline machine needs. `hideAutomation` turns off
 * `navigator.webdriver`, as a person's browser (and a scanner that hides itself) shows it.
 */
export function launchChromium(options: { hideAutomation?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...(options.hideAutomation ? ["--disable-blink-features=AutomationControlled"] : []),
    ],
  })
}
