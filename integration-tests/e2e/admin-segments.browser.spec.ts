import type { Browser, Page } from "playwright-core"
import request from "supertest"
import { launchChromium } from "../helpers/chromium"
import { logInToDashboard, OWNER } from "../helpers/dashboard"
import { demoStore } from "../helpers/demo-store"

jest.setTimeout(240_000)

const store = demoStore()
const api = () => request(store.backendUrl)

describe("the segments page: rule builder and offer form", () => {
  let browser: Browser
  let admin: Record<string, string>
  let page: Page
  const made = { segments: [] as string[], offers: [] as string[], promotions: [] as string[] }
  const tag = `e2e-${Date.now().toString(36)}`

  beforeAll(async () => {
    browser = await launchChromium()
    const login = await api().post("/auth/user/emailpass").send(OWNER).expect(200)
    admin = { authorization: `Bearer ${login.body.token}` }
    page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage()
    await logInToDashboard(page, store.backendUrl)
  })
  afterAll(async () => {
    // leave the demo as it was: what this file made goes, offers before their segments and promotions
    for (const id of made.offers) await api().delete(`/admin/offers/${id}`).set(admin)
    for (const id of made.segments) await api().delete(`/admin/segments/${id}`).set(admin)
    for (const id of made.promotions) {
      const found = await api().get(`/admin/promotions/${id}?fields=id,campaign_id`).set(admin)
      await api().delete(`/admin/promotions/${id}`).set(admin)
      const campaignId = found.body.promotion?.campaign_id
      if (campaignId) await api().delete(`/admin/campaigns/${campaignId}`).set(admin)
    }
    await browser?.close()
  })

  it("builds a rule with the builder, counts it live as the API does, round-trips JSON and saves it", async () => {
    const built = {
      all: [
        { field: "visits_without_order", op: "gte", value: 3 },
        { field: "visits", op: "gte", value: 2 },
      ],
    }
    const expected = (await api().post("/admin/segments/preview").set(admin).send({ rule: built }).expect(200)).body

    await page.goto(`${store.backendUrl}/app/segments`)
    await page.getByRole("button", { name: "New segment" }).click()
    const form = page.getByRole("form", { name: "New segment" })
    await form.getByLabel("Name", { exact: true }).fill(`${tag} builder`)
    // the builder is the default editor, starting from the example condition
    await form.getByLabel("Condition 1.1: field", { exact: true }).waitFor()
    await form.getByRole("button", { name: "Add condition to Group 1" }).click()
    await form.getByLabel("Condition 1.2: field", { exact: true }).selectOption("visits")
    const operator = form.getByLabel("Condition 1.2: operator", { exact: true })
    // only the number operators are offered for a number field
    expect(
      await operator.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
    ).toEqual(["eq", "neq", "gt", "gte", "lt", "lte", "between", "exists"])
    await operator.selectOption("gte")
    await form.getByLabel("Condition 1.2: value", { exact: true }).fill("2")
    const count = page.getByTestId("tp-segment-live-count")
    await count.filter({ hasText: `${expected.members} of ${expected.profiles} shoppers` }).waitFor()

    // JSON view shows the same rule; invalid JSON keeps it there with the message
    await form.getByRole("button", { name: "Edit as JSON" }).click()
    const json = form.getByLabel(/^Rule \(JSON/)
    expect(JSON.parse(await json.inputValue())).toEqual(built)
    await json.fill("{ not json")
    await form.getByRole("button", { name: "Use the builder" }).click()
    await form.getByRole("alert").filter({ hasText: "The JSON must be valid" }).waitFor()
    await json.fill(JSON.stringify(built))
    await form.getByRole("button", { name: "Use the builder" }).click()
    await expect(form.getByLabel("Condition 1.2: field", { exact: true }).inputValue()).resolves.toBe("visits")
    await count.filter({ hasText: `${expected.members} of ${expected.profiles} shoppers` }).waitFor()

    await form.getByRole("button", { name: "Save segment" }).click()
    await form.waitFor({ state: "detached" })
    const { segments } = (await api().get("/admin/segments?limit=200").set(admin).expect(200)).body
    const saved = segments.find((s: { name: string }) => s.name === `${tag} builder`)
    expect(saved).toBeDefined()
    made.segments.push(saved.id)
    expect(saved.rule).toEqual(built)
  })

  it("creates, edits and deletes an offer through the form", async () => {
    const segment = (
      await api()
        .post("/admin/segments")
        .set(admin)
        .send({ name: `${tag} offer target`, rule: { field: "visits", op: "gte", value: 1 }, status: "paused" })
        .expect(201)
    ).body.segment
    made.segments.push(segment.id)

    await page.goto(`${store.backendUrl}/app/segments`)
    await page.getByRole("button", { name: "New offer" }).click()
    const form = page.getByRole("form", { name: "New offer" })
    await form.getByLabel("Name (for you)").fill(`${tag} offer`)
    await form.getByLabel("Headline").fill("Ten percent for you")
    await form.getByLabel("Text (optional)").fill("Only this week")
    await form.getByLabel("Code", { exact: true }).fill(`${tag.toUpperCase()}-10`)
    await form.getByLabel("Percent off").fill("10")
    await form.getByLabel("Budget: uses in all (optional)").fill("100")
    await form.getByLabel(`${tag} offer target`, { exact: true }).check()
    await form.getByLabel("cart", { exact: true }).uncheck()
    await form.getByLabel("Priority").fill("7")
    // the preview follows the form
    const preview = page.getByRole("complementary", { name: "Live preview" })
    await preview.getByText("Ten percent for you").waitFor()
    await preview.getByText(`10 % off with code ${tag.toUpperCase()}-10`).waitFor()
    await form.getByRole("button", { name: "Save offer" }).click()
    await form.waitFor({ state: "detached" })

    type ListedOffer = {
      id: string
      name: string
      promotion_id: string
      promotion: { code: string; campaign: { budget: { limit: number } | null } | null }
    }
    const listed = async () =>
      ((await api().get("/admin/offers?limit=200").set(admin).expect(200)).body.offers as ListedOffer[]).find(
        (o) => o.name === `${tag} offer`
      )
    const created = (await listed()) as ListedOffer
    expect(created).toBeDefined()
    made.offers.push(created.id)
    made.promotions.push(created.promotion_id)
    expect(created).toMatchObject({
      priority: 7,
      status: "active",
      segment_ids: [segment.id],
      placements: ["home", "product"],
      content: { headline: "Ten percent for you", text: "Only this week" },
    })
    expect(created.promotion.code).toBe(`${tag.toUpperCase()}-10`)
    expect(created.promotion.campaign?.budget?.limit).toBe(100)

    // edit: pause it and change the headline; the budget shows
    await page.getByRole("button", { name: `Edit offer ${tag} offer` }).click()
    const edit = page.getByRole("form", { name: `Edit offer ${tag} offer` })
    await edit.getByTestId("tp-offer-budget").filter({ hasText: "of 100" }).waitFor()
    await edit.getByLabel("Headline").fill("Twelve percent for you")
    await edit.getByLabel(/^Active/).click()
    await edit.getByRole("button", { name: "Save offer" }).click()
    await edit.waitFor({ state: "detached" })
    expect(await listed()).toMatchObject({ status: "paused", content: { headline: "Twelve percent for you" } })

    // an API error shows in the form: ends before starts
    await page.getByRole("button", { name: `Edit offer ${tag} offer` }).click()
    await edit.getByLabel("Starts (optional)").fill("2030-01-02T10:00")
    await edit.getByLabel("Ends (optional)").fill("2030-01-01T10:00")
    await edit.getByRole("button", { name: "Save offer" }).click()
    await edit.getByRole("alert").filter({ hasText: "starts_at must be before ends_at" }).waitFor()
    await edit.getByRole("button", { name: "Cancel" }).click()

    // delete, confirmed
    await page.getByRole("button", { name: `Delete offer ${tag} offer` }).click()
    await page.getByRole("button", { name: "Delete", exact: true }).click()
    await page.getByRole("button", { name: `Delete offer ${tag} offer` }).waitFor({ state: "detached" })
    expect(await listed()).toBeUndefined()
    made.offers = made.offers.filter((id) => id !== created.id)
  })
})
