import { parseCoreOptions } from "../options"

describe("parseCoreOptions", () => {
  it("should fill defaults for an empty option object", () => {
    const options = parseCoreOptions({})
    expect(options).toMatchObject({
      events: { sessionTimeoutMinutes: 30, retentionDays: 90, maxEventAgeHours: 72 },
      consent: { required: true, necessaryEvents: ["add_to_cart", "checkout_started"] },
    })
    expect(options.email).toMatchObject({
      defaultLocale: "en",
      frequencyCap: { maxMessages: 1, windowHours: 24 },
      retry: { maxAttempts: 6, baseDelaySeconds: 60 },
    })
    expect(options.retention).toEqual({ emailBodiesDays: 90, surveyCommentsDays: 730, inactiveVisitorDays: 395 })
  })

  it("should let a shop keep a record kind until erased (null)", () => {
    expect(parseCoreOptions({ retention: { surveyCommentsDays: null } }).retention).toEqual({
      emailBodiesDays: 90,
      surveyCommentsDays: null,
      inactiveVisitorDays: 395,
    })
  })

  it("should ignore the shared resources Medusa merges into module options", () => {
    expect(parseCoreOptions({ database: { clientUrl: "postgres://x" } }).events.retentionDays).toBe(90)
  })

  it.each([
    [{ events: { sessionTimeoutMinutes: Number.NaN } }, "events.sessionTimeoutMinutes"],
    [{ events: { retentionDays: 0 } }, "events.retentionDays"],
    [{ consent: { necessaryEvents: ["purchase"] } }, "consent.necessaryEvents.0"],
    [{ consent: { required: "yes" } }, "consent.required"],
    [{ evnets: {} }, "evnets"],
    [{ secret: "short" }, "secret"],
    [{ shop: { name: "Shop", primaryColor: "blue" } }, "shop.primaryColor"],
    [{ email: { from: "Shop <shop@example.com>" } }, "email"],
    [{ email: { frequencyCap: { maxMessages: 0 } } }, "email.frequencyCap.maxMessages"],
    [{ retention: { emailBodiesDays: 0 } }, "retention.emailBodiesDays"],
    [{ retention: { visitorDays: 30 } }, "retention"],
  ])("should name the wrong option in %j", (options, name) => {
    expect(() => parseCoreOptions(options)).toThrow(name)
  })
})
