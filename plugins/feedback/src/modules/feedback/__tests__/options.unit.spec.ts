import { parseFeedbackOptions } from "../options"

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
    })
  })

  it("should name the wrong option", () => {
    expect(() => parseFeedbackOptions({ surveyUrl: "https://shop.example/feedback" })).toThrow(/surveyUrl/)
    expect(() => parseFeedbackOptions({ startAfter: "payment" })).toThrow(/startAfter/)
    expect(() => parseFeedbackOptions({ alerts: { email: "not-an-address" } })).toThrow(/alerts\.email/)
    expect(() => parseFeedbackOptions({ promoters: { reviewUrl: "https://shop.example/reviews" } })).toThrow(
      /promoters\.reviewUrl/
    )
    expect(() => parseFeedbackOptions({ delay: 3 })).toThrow(/delay/)
  })
})
