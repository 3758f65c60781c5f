import type { Browser } from "playwright-core"
import request from "supertest"
import { launchChromium } from "../helpers/chromium"
import { logInToDashboard, OWNER } from "../helpers/dashboard"
import { demoStore } from "../helpers/demo-store"

jest.setTimeout(240_000)

const store = demoStore()
const api = () => request(store.backendUrl)
const SETTINGS = "/admin/cart-recovery/settings"

type Settings = {
  source: "owner" | "options"
  steps: { step: number; delay_hours: number; incentive_percent: number | null }[]
  require_consent: boolean
  max_cart_age_days: number
  recovery_url: string
}

describe("the cart reminder sequence edited in the Medusa admin", () => {
  let browser: Browser
  let admin: Record<string, string>
  let found: Settings

  const current = async (): Promise<Settings> => (await api().get(SETTINGS).set(admin).expect(200)).body.settings

  beforeAll(async () => {
    browser = await launchChromium()
    const login = await api().post("/auth/user/emailpass").send(OWNER).expect(200)
    admin = { authorization: `Bearer ${login.body.token}` }
    found = await current()
  })
  afterAll(async () => {
    // leave the demo store's settings as found (the page's reset already went back to the options)
    if (found?.source === "owner") {
      const { source: _source, ...saved } = found
      await api()
        .post(SETTINGS)
        .set(admin)
        .send({ ...saved, steps: saved.steps.map(({ step: _step, ...step }) => step) })
        .expect(200)
    } else if (admin) {
      await api().delete(SETTINGS).set(admin).expect(200)
    }
    await browser?.close()
  })

  it("saves an edited sequence that the API then answers, previews it, shows a bad value's error and resets", async () => {
    const page = await (await browser.newContext()).newPage()
    await logInToDashboard(page, store.backendUrl)
    await page.goto(`${store.backendUrl}/app/cart-recovery`)
    const sequence = page.getByRole("table", { name: "Reminder sequence" })
    await sequence.waitFor({ timeout: 60_000 })

    // two reminders: remove any beyond, add one if there is only one
    for (let count = found.steps.length; count > 2; count--) {
      await page.getByRole("button", { name: `Remove reminder ${count}` }).click()
    }
    if (found.steps.length < 2) await page.getByRole("button", { name: "Add reminder" }).click()
    await page.getByLabel("Reminder 1 delay in hours").fill("2")
    await page.getByLabel("Reminder 1 incentive percent").fill("")
    await page.getByLabel("Reminder 2 incentive percent").fill("15")

    // a second delay below the first: the API's message, inline, and nothing saved
    await page.getByLabel("Reminder 2 delay in hours").fill("1")
    await page.getByRole("button", { name: "Save sequence" }).click()
    await page.getByRole("alert").filter({ hasText: "steps.1.delay_hours" }).waitFor()
    expect((await current()).steps).toEqual(found.steps)

    await page.getByLabel("Reminder 2 delay in hours").fill("48")
    await page.getByRole("button", { name: "Save sequence" }).click()
    await page.getByRole("status").filter({ hasText: "Saved" }).waitFor()
    expect(await current()).toMatchObject({
      source: "owner",
      steps: [
        { step: 1, delay_hours: 2, incentive_percent: null },
        { step: 2, delay_hours: 48, incentive_percent: 15 },
      ],
      require_consent: found.require_consent,
      max_cart_age_days: found.max_cart_age_days,
      recovery_url: found.recovery_url,
    })
    await expect(page.getByRole("button", { name: "Remove reminder 3" }).count()).resolves.toBe(0)

    // the preview follows the saved sequence: two reminders, the second with the saved code
    await page.getByRole("combobox", { name: "Reminder to preview" }).click()
    await expect(page.getByRole("option").count()).resolves.toBe(2)
    await page.getByRole("option", { name: "Reminder 2" }).click()
    const email = page.frameLocator('iframe[title="Reminder 2 as it would be sent"]')
    await email.getByText("SAMPLE-CODE").first().waitFor()
    await page.getByTestId("tp-reminder-subject").filter({ hasText: "15% off" }).waitFor()

    await page.getByRole("button", { name: "Reset to defaults" }).click()
    await page.getByRole("status").filter({ hasText: "Back to the plugin's options" }).waitFor()
    const reset = await current()
    expect(reset.source).toBe("options")
    await expect(page.getByLabel(`Reminder ${reset.steps.length} delay in hours`).inputValue()).resolves.toBe(
      String(reset.steps.at(-1)?.delay_hours)
    )
  })
})
