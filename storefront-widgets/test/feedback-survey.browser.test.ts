import { requireBackend } from "./helpers/backend"
import { useHarness } from "./helpers/harness"
import { placeCustomerOrder, surveyToken } from "./helpers/orders"

const FIXTURE = "/fixtures/feedback.html"

/** A fresh survey (a new order of a seeded customer, opened inline) and its token. */
async function freshSurvey() {
  const order = await placeCustomerOrder()
  return { ...order, surveyToken: await surveyToken(order.orderId, order.token) }
}

describe("<tp-feedback-survey>", () => {
  const harness = useHarness()

  it("should be answered with the keyboard alone, every control named for screen readers", async () => {
    requireBackend()
    const { surveyToken: token } = await freshSurvey()
    const page = await harness.open(`${FIXTURE}?token=${encodeURIComponent(token)}`, { defined: "tp-feedback-survey" })
    const nps = page.getByRole("group", { name: "How likely are you to recommend us to a friend or colleague?" })
    await nps.waitFor()
    expect(await nps.getByRole("radio").count()).toBe(11)
    expect(await nps.getByRole("radio", { name: "0 out of 10, Not at all likely" }).count()).toBe(1)
    expect(await nps.getByRole("radio", { name: "10 out of 10, Extremely likely" }).count()).toBe(1)

    // Tab from the link above into the scale, arrows to 2: saved at once, the detractor's question appears
    await page.locator("#above a").focus()
    await page.keyboard.press("Tab")
    expect(
      await nps
        .getByRole("radio", { name: "0 out of 10, Not at all likely" })
        .evaluate((node) => node === (node.getRootNode() as ShadowRoot).activeElement)
    ).toBe(true)
    await page.keyboard.press("ArrowRight")
    await page.keyboard.press("ArrowRight")
    const status = page.getByRole("status")
    await status.getByText(/^Thank you! Your score is saved\./).waitFor()
    const comment = page.getByRole("textbox", { name: "What could we improve?" })
    await comment.waitFor()
    await page.keyboard.press("Tab")
    await page.keyboard.type("Delivery took two weeks.")
    // then the effort scale (1 = very little effort) and the send button
    await page.keyboard.press("Tab")
    const effort = page.getByRole("group", { name: /how much effort did you have to put in/ })
    expect(await effort.getByRole("radio", { name: "1 / 5, Very little effort" }).count()).toBe(1)
    expect(await effort.getByRole("radio", { name: "5 / 5, A great deal of effort" }).count()).toBe(1)
    await page.keyboard.press("ArrowRight")
    await page.keyboard.press("ArrowRight")
    await page.keyboard.press("Tab")
    expect(
      await page
        .getByRole("button", { name: "Send feedback" })
        .evaluate((node) => node === (node.getRootNode() as ShadowRoot).activeElement)
    ).toBe(true)
    await page.keyboard.press("Enter")
    await status.getByText(/^Thank you for your feedback!/).waitFor()

    const saved = await page.evaluate(() => document.querySelector("tp-feedback-survey")?.survey?.answers)
    expect(saved).toEqual({ nps_score: 2, ces_score: 3, comment: "Delivery took two weeks." })
    // nothing was added to the host: it renders only into its shadow root
    expect(await page.evaluate(() => document.querySelector("tp-feedback-survey")?.outerHTML)).toBe(
      "<tp-feedback-survey></tp-feedback-survey>"
    )
  })

  it("should ask the follow-up question of each score band", async () => {
    requireBackend()
    const { surveyToken: token } = await freshSurvey()
    const page = await harness.open(`${FIXTURE}?token=${encodeURIComponent(token)}`, { defined: "tp-feedback-survey" })
    const bands: [number, string][] = [
      [3, "What could we improve?"],
      [6, "What could we improve?"],
      [7, "What would make it a 10?"],
      [8, "What would make it a 10?"],
      [9, "What did we do well?"],
      [10, "What did we do well?"],
    ]
    for (const [score, question] of bands) {
      await page.getByRole("radio", { name: new RegExp(`^${score} out of 10`) }).check()
      await page.getByRole("textbox", { name: question }).waitFor()
    }
    // every change was saved, in order: the last one counts
    await page.waitForFunction(() => document.querySelector("tp-feedback-survey")?.survey?.answers.nps_score === 10)
    expect(await page.evaluate(() => document.querySelector("tp-feedback-survey")?.survey?.band)).toBe("promoter")
  })

  it("should show a logged-in customer the survey of their own order (order-id), the saved score checked", async () => {
    requireBackend()
    const { orderId, token, variant } = await placeCustomerOrder()
    const page = await harness.open(
      `${FIXTURE}?order=${encodeURIComponent(orderId)}&customer=${encodeURIComponent(token)}`,
      { defined: "tp-feedback-survey" }
    )
    await page.getByRole("radio", { name: /^9 out of 10/ }).check()
    await page.getByRole("textbox", { name: "What did we do well?" }).waitFor()
    await page.reload()
    await page.evaluate(() => customElements.whenDefined("tp-feedback-survey"))
    const nine = page.getByRole("radio", { name: /^9 out of 10/ })
    await nine.waitFor()
    expect(await nine.isChecked()).toBe(true)
    const products = await page.evaluate(() => document.querySelector("tp-feedback-survey")?.survey?.order.products)
    expect(products?.map((product) => product.title)).toEqual([variant.productTitle])
  })

  it("should say when a link is not valid, and show nothing without a token", async () => {
    requireBackend()
    const page = await harness.open(`${FIXTURE}?token=fb.tpfb_forged.AAAAAAAAAAAAAAAAAAAAAA`, {
      defined: "tp-feedback-survey",
    })
    await page.getByRole("status").getByText("This survey link is not valid.").waitFor()
    expect(await page.getByRole("radio").count()).toBe(0)
    expect((await harness.recorded()).errors).toEqual([expect.objectContaining({ status: 404 })])

    await harness.open(FIXTURE, { defined: "tp-feedback-survey" })
    const box = await harness.page.evaluate(() => {
      const element = document.querySelector("tp-feedback-survey")
      return element ? element.getBoundingClientRect().height : -1
    })
    expect(box).toBe(0)
  })
})
