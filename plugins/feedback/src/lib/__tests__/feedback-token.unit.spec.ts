import { signToken } from "@touchpoints/core/lib/signed-token"
import { signFeedbackToken, verifyFeedbackToken } from "../feedback-token"

const SECRET = "a-secret-of-sixteen-chars"

describe("feedback tokens", () => {
  it("should name their own survey only", () => {
    const token = signFeedbackToken(SECRET, "tpfb_01ABC")
    expect(verifyFeedbackToken(SECRET, token)).toBe("tpfb_01ABC")
    expect(verifyFeedbackToken("another-secret-of-16", token)).toBeNull()
    expect(verifyFeedbackToken(SECRET, token.replace("01ABC", "01ABD"))).toBeNull()
    expect(verifyFeedbackToken(SECRET, "fb.tpfb_01ABC")).toBeNull()
  })

  it("should not accept another flow's token signed with the same secret", () => {
    expect(verifyFeedbackToken(SECRET, signToken(SECRET, ["cr", "tpfb_01ABC"]))).toBeNull()
    expect(verifyFeedbackToken(SECRET, signToken(SECRET, ["fb", "cart_01ABC"]))).toBeNull()
  })
})
