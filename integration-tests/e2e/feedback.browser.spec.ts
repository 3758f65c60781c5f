import type { Browser } from "playwright-core"
import request from "supertest"
import { launchChromium } from "../helpers/chromium"
import { guestOrder, ownerHeaders, scoreLink, shipAWeekAgo, surveyEmail } from "../helpers/demo-feedback"
import { demoStore } from "../helpers/demo-store"

jest.setTimeout(180_000)

const store = demoStore()
const api = () => request(store.backendUrl)

describe("post-purchase feedback in the demo store", () => {
  let browser: Browser

  beforeAll(async () => {
    // a person's browser: navigator.webdriver is false, so the score page posts the score by itself
    browser = await launchChromium({ hideAutomation: true })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("should email the survey a week after shipping, take a one-click score and the follow-up on the demo page", async () => {
    const email = `e2e-feedback-${Date.now()}@example.test`
    const orderId = await guestOrder(email)

    // the owner fulfills and ships the order in the admin API, and a week passes
    const admin = await ownerHeaders()
    await shipAWeekAgo(admin, orderId)
    // the owner runs the scan now (the hourly job could be first: then it sent the survey)
    const message = await surveyEmail(admin, email)
    expect(message.subject).toMatch(/^How was your order #\d+ from /)
    const link = scoreLink(message, 3)

    // one click on "3" opens the score page, which posts it by itself and lands on the demo's survey page: it
    // shows the 3 and asks the detractor's question; sending the follow-up confirms the score at once
    const page = await (await browser.newContext()).newPage()
    await page.goto(link)
    await page.waitForURL(/\/demo\/feedback\.html\?token=/)
    await page.getByRole("radio", { name: /^3 out of 10/ }).waitFor()
    expect(await page.getByRole("radio", { name: /^3 out of 10/ }).isChecked()).toBe(true)
    await page.getByRole("textbox", { name: "What could we improve?" }).fill("The parcel took a week.")
    await page.getByRole("radio", { name: /^4 \/ 5/ }).check()
    await page.getByRole("button", { name: "Send feedback" }).click()
    await page
      .getByRole("status")
      .getByText(/^Thank you for your feedback!/)
      .waitFor()

    // the owner sees the detractor in the alert feed at once, with the comment, and in the report's verbatims
    const alerts = await api().get("/admin/feedback/alerts?state=open").set(admin).expect(200)
    const alert = alerts.body.alerts.find((entry: { order_id: string }) => entry.order_id === orderId)
    expect(alert).toMatchObject({ nps_score: 3, comment: "The parcel took a week.", email })
    const report = await api().get("/admin/feedback/report?band=detractor&q=parcel").set(admin).expect(200)
    expect(report.body.report.verbatims.map((v: { order_id: string }) => v.order_id)).toContain(orderId)
  })
})
