import { parseFeedbackOptions as parseWithSuite } from "../options"

const SUITE = {
  keys: { secret: "f".repeat(32) },
  storefrontUrl: "https://shop.example/",
  backendUrl: "https://api.shop.example",
}
const parseFeedbackOptions = (options: unknown) => parseWithSuite(options, SUITE)

describe("feedback options", () => {
  it("should fill every default", () => {
    const options = parseFeedbackOptions({})
    expect(options).toMatchObject({
      delayDays: 7,
      startAfter: "shipment",
      throttleDays: 90,
      requireConsent: true,
      answerWindowDays: 30,
      changeWindowHours: 48,
      alerts: { email: null },
      promoters: { thankYou: true, referralUrl: null },
      questions: { detractor: "What could we improve?", passive: "What would make it a 10?" },
      surveyLinkDays: 30,
      scannerBurstSeconds: 120,
      automaticAnswers: true,
      keys: SUITE.keys,
      surveyUrl: "https://shop.example/feedback?token={token}",
    })
    expect(options.promoters.reviewUrl).toBe("https://shop.example/products/{product_handle}#reviews")
  })

  it("should resolve link paths against the storefront and keep absolute links and no review link", () => {
    const options = parseFeedbackOptions({
      surveyUrl: "https://survey.example/s?t={token}",
      promoters: { reviewUrl: "/p/{product_id}" },
    })
    expect(options.surveyUrl).toBe("https://survey.example/s?t={token}")
    expect(options.promoters.reviewUrl).toBe("https://shop.example/p/{product_id}")
    expect(parseFeedbackOptions({ promoters: { reviewUrl: null } }).promoters.reviewUrl).toBeNull()
  })

  it("should name the wrong option", () => {
    expect(() => parseFeedbackOptions({ surveyUrl: "https://shop.example/feedback" })).toThrow(/surveyUrl/)
    expect(() => parseFeedbackOptions({ startAfter: "payment" })).toThrow(/startAfter/)
    expect(() => parseFeedbackOptions({ alerts: { email: "not-an-address" } })).toThrow(/alerts\.email/)
    expect(() => parseFeedbackOptions({ promoters: { reviewUrl: "https://shop.example/reviews" } })).toThrow(
      /promoters\.reviewUrl/
    )
    expect(() => parseFeedbackOptions({ delay: 3 })).toThrow(/delay/)
    expect(() => parseFeedbackOptions({ surveyUrl: "feedback?token={token}" })).toThrow(
      /surveyUrl: expected an absolute/
    )
  })
})
