import { spawn } from "node:child_process"
import request from "supertest"
import { demoStore } from "../helpers/demo-store"

jest.setTimeout(120_000)

const store = demoStore()
const api = () => request(store.backendUrl)
const withKey = { "x-publishable-api-key": store.publishableKey }

describe("the demo store started by npm start", () => {
  it("should be healthy and serve the seeded catalog in two regions and currencies", async () => {
    await api().get("/health").expect(200)
    const regions = await api().get("/store/regions").set(withKey).expect(200)
    expect(regions.body.regions.length).toBeGreaterThanOrEqual(2)
    const currencies = new Set(regions.body.regions.map((region: { currency_code: string }) => region.currency_code))
    expect(currencies.size).toBeGreaterThanOrEqual(2)

    const products = await api()
      .get(`/store/products?limit=5&region_id=${regions.body.regions[0].id}&fields=id,title,*variants.calculated_price`)
      .set(withKey)
      .expect(200)
    expect(products.body.count).toBeGreaterThanOrEqual(150)
    const prices = products.body.products.flatMap((p: { variants: { calculated_price?: unknown }[] }) =>
      p.variants.map((v) => v.calculated_price)
    )
    expect(prices.filter(Boolean).length).toBeGreaterThan(0)

    const categories = await api().get("/store/product-categories?limit=100").set(withKey).expect(200)
    expect(
      categories.body.product_categories.some((c: { parent_category_id: string | null }) => c.parent_category_id)
    ).toBe(true)
  })

  it("should let the admin log in and see the seeded orders, customers and brands", async () => {
    const login = await api()
      .post("/auth/user/emailpass")
      .send({ email: "admin@touchpoints.local", password: "supersecret" })
      .expect(200)
    const admin = { authorization: `Bearer ${login.body.token}` }
    const orders = await api().get("/admin/orders?limit=1&fields=id").set(admin).expect(200)
    expect(orders.body.count).toBeGreaterThanOrEqual(3000)
    const customers = await api().get("/admin/customers?limit=1").set(admin).expect(200)
    expect(customers.body.count).toBeGreaterThanOrEqual(200)
    const brands = await api().get("/admin/brands?limit=50").set(admin).expect(200)
    expect(brands.body.count).toBeGreaterThanOrEqual(8)
  })

  it("should give every published product of the seeded catalog full link groups (no dead end)", async () => {
    const login = await api()
      .post("/auth/user/emailpass")
      .send({ email: "admin@touchpoints.local", password: "supersecret" })
      .expect(200)
    const admin = { authorization: `Bearer ${login.body.token}` }
    const regions = await api().get("/store/regions").set(withKey).expect(200)
    const euro = regions.body.regions.find((region: { currency_code: string }) => region.currency_code === "eur")
    const audit = await api().get(`/admin/next-steps/audit?region_id=${euro.id}&limit=200`).set(admin).expect(200)
    expect(audit.body.checked).toBeGreaterThanOrEqual(150)
    expect(audit.body.dead_ends).toEqual([])
    // and the companions follow the seed's order history: a dripper is bought with its filters
    const idOf = async (handle: string) =>
      (await api().get(`/store/products?handle=${handle}&fields=id`).set(withKey).expect(200)).body.products[0].id
    const [dripper, filters] = await Promise.all([
      idOf("ceramic-pour-over-dripper"),
      idOf("unbleached-coffee-filters-100"),
    ])
    const companions = await api()
      .get(`/store/products/${dripper}/also-bought?region_id=${euro.id}`)
      .set(withKey)
      .expect(200)
    expect(companions.body.companions).toContainEqual(expect.objectContaining({ product_id: filters, source: "rules" }))
  }, 300_000)

  it("should show a seeded shopper their orders in their visitor profile after logging in", async () => {
    const login = await api()
      .post("/auth/customer/emailpass")
      .send({ email: "shopper1@example.com", password: "supersecret" })
      .expect(200)
    const profile = await api()
      .get("/store/touchpoints/visitor")
      .set({ ...withKey, authorization: `Bearer ${login.body.token}` })
      .expect(200)
    expect(profile.body.visitor.orders.count).toBeGreaterThanOrEqual(10)
    expect(Object.keys(profile.body.visitor.orders.total_spent).length).toBeGreaterThan(0)
  })

  it("should accept visitor events and show them in the visitor's profile", async () => {
    const issued = await api().post("/store/touchpoints/visitor").set(withKey).send({}).expect(201)
    const visitor: string = issued.body.visitor_id
    await api()
      .post("/store/touchpoints/consent")
      .set({ ...withKey, "x-touchpoints-visitor": visitor })
      .send({ analytics: true })
      .expect(200)
    await api()
      .post("/store/touchpoints/events")
      .set({ ...withKey, "x-touchpoints-visitor": visitor })
      .send({ events: [{ type: "page_view", url: "/", utm: { source: "e2e" } }] })
      .expect(202)
    const profile = await api()
      .get("/store/touchpoints/visitor")
      .set({ ...withKey, "x-touchpoints-visitor": visitor })
      .expect(200)
    expect(profile.body.visitor).toMatchObject({ visits: 1, page_views: 1, first_touch: { source: "e2e" } })
  })

  it("should serve the demo storefront and its config", async () => {
    const page = await api().get("/demo/").expect(200)
    expect(page.text).toContain("<tp-consent")
    const config = await api().get("/demo/config.js").expect(200)
    expect(config.text).toContain(store.publishableKey)
    await api().get("/demo/widgets/touchpoints.js").expect(200)
    await api().get("/demo/../package.json").expect(404)
    await api().get("/demo/%2e%2e/package.json").expect(404)
  })
})

describe("plugin options", () => {
  it("should stop the server at boot with a message naming a wrong option", async () => {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn("npx", ["medusa", "start", "-p", "9399"], {
        env: {
          ...process.env,
          DATABASE_URL: store.databaseUrl,
          MEDUSA_ADMIN_DISABLED: "true",
          TP_SESSION_TIMEOUT_MINUTES: "half an hour",
        },
      })
      let text = ""
      child.stdout.on("data", (chunk) => (text += chunk))
      child.stderr.on("data", (chunk) => (text += chunk))
      child.on("exit", (exitCode) => resolve({ code: exitCode, output: text }))
    })
    expect(code).not.toBe(0)
    expect(output).toContain("invalid plugin options: events.sessionTimeoutMinutes")
  })
})
