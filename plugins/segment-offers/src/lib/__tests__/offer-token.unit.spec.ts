import { signToken } from "@touchpoints/core/lib"
import { signOfferToken, verifyOfferToken } from "../offer-token"

const KEYS = { secret: "a-secret-of-thirty-two-characters+" }
const CLAIM = { offerId: "soff_01", customerId: "cus_01" }

describe("offer tokens", () => {
  it("should name the offer and customer until the link expires", () => {
    const now = new Date("2026-12-07T10:00:00Z")
    const token = signOfferToken(KEYS, { ...CLAIM, expiresAt: new Date("2026-12-14T10:00:00Z") })
    expect(verifyOfferToken(KEYS, token, now)).toEqual(CLAIM)
    expect(verifyOfferToken(KEYS, token, new Date("2026-12-14T10:00:01Z"))).toBeNull()
    expect(verifyOfferToken({ secret: "another-secret-of-thirty-two-chars" }, token, now)).toBeNull()
  })

  it("should refuse another purpose's token and an offer token that never expires", () => {
    const parts = [CLAIM.offerId, CLAIM.customerId]
    const expiresAt = new Date(Date.now() + 60_000)
    expect(verifyOfferToken(KEYS, signToken(KEYS, "share", parts, { expiresAt }))).toBeNull()
    expect(verifyOfferToken(KEYS, signToken(KEYS, "offer", parts, { expiresAt: null }))).toBeNull()
  })
})
