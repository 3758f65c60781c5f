import { createHmac } from "node:crypto"
import { type SigningKeys, signToken, type TokenPurpose } from "@touchpoints/core/lib"
import { EMAIL_MODULE, type EmailModuleService } from "@touchpoints/core/modules/email"
import { WISHLIST_MODULE, type WishlistModuleService } from "@touchpoints/wishlist/modules/wishlist"
import type { Catalog } from "../../helpers/catalog"
import { explain, failure } from "../../helpers/http"
import { httpTestRunner } from "../../helpers/runner"
import { createStoreWithCatalog } from "../../helpers/store-with-catalog"
import { shopperHeaders } from "../../helpers/wishlist"

jest.setTimeout(180_000)

// The store signs with NEW and still verifies what OLD signed (a rotation in progress). medusa-config reads these
// when the runner boots; restored afterwards for later spec files of the same jest process.
const NEW = "new-signing-secret-made-with-openssl-rand-0123456789"
const OLD = "old-signing-secret-made-with-openssl-rand-9876543210"
/** The value medusa-config fell back to before 0.2: public, so anyone could sign with it. */
const PUBLIC_DEMO = "touchpoints-demo-signing-secret-not-for-real-shops"
const SECRET_ENV = { TP_SIGNING_SECRET: NEW, TP_PREVIOUS_SIGNING_SECRETS: OLD }
const saved = Object.fromEntries(Object.keys(SECRET_ENV).map((key) => [key, process.env[key]]))
Object.assign(process.env, SECRET_ENV)
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

const DAY = 86_400_000
const ADDRESS = "ada@example.test"
const FLOW = "cart-recovery"
const inDays = (days: number) => new Date(Date.now() + days * DAY)
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url")

/** An unsubscribe token as the store makes one (parts: the address in base64url, the flow). */
const unsubscribeToken = (keys: SigningKeys, purpose: TokenPurpose = "unsubscribe", expiresAt = inDays(365)) =>
  signToken(keys, purpose, [b64(ADDRESS), FLOW], { expiresAt })

/** A token as 0.1 signed it: `parts.signature`, HMAC-SHA256 under the raw secret, first 16 bytes. */
function legacyToken(secret: string, parts: string[]): string {
  const signature = createHmac("sha256", secret).update(parts.join(".")).digest().subarray(0, 16)
  return `${parts.join(".")}.${signature.toString("base64url")}`
}

/**
 * The same token with its last character changed so that it decodes to the same bytes: 22 base64url characters
 * carry 132 bits for a 128-bit signature, and the last character's 4 low bits are ignored by a lenient decoder.
 */
function malleated(token: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
  const last = alphabet.indexOf(token[token.length - 1])
  return `${token.slice(0, -1)}${alphabet[last ^ 1]}`
}

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let catalog: Catalog

    beforeEach(async () => {
      ;({ key, catalog } = await createStoreWithCatalog(getContainer()))
    })

    const as = shopperHeaders(() => key)
    const emailService = () => getContainer().resolve<EmailModuleService>(EMAIL_MODULE)
    const unsubscribePage = (token: string) => api.get(`/touchpoints/unsubscribe/${token}`).catch(failure)
    const oneClick = (token: string) =>
      api
        .post(`/touchpoints/unsubscribe/${token}`, "List-Unsubscribe=One-Click", {
          headers: { "content-type": "application/x-www-form-urlencoded" },
        })
        .catch(failure)
    const sharedList = (token: string) =>
      api.get(`/store/shared-wishlists/${encodeURIComponent(token)}`, as()).catch(failure)
    const optOuts = async () => (await emailService().consentsOf(ADDRESS)).filter((row) => !row.granted)

    /** A guest's list with tea in it, shared: its share token, nonce and the guest token. */
    const sharedGuestList = async () => {
      const saved = await api
        .post("/store/wishlists/default/items", { variant_id: catalog.variants.tea }, as())
        .catch(explain)
      const guest = saved.data.guest_token as string
      const lists = (await api.get("/store/wishlists", as(guest)).catch(explain)).data.wishlists
      const { data } = await api
        .post(`/store/wishlists/${lists[0].id}/share`, { expires_in_days: 30 }, as(guest))
        .catch(explain)
      const token = data.share.token as string
      return { token, nonce: token.split(".")[0], guest }
    }

    describe("a token of one purpose presented as another", () => {
      it("should refuse a share-purpose token shaped like an unsubscribe token on the unsubscribe route", async () => {
        const asShare = unsubscribeToken({ secret: NEW }, "share")
        expect((await unsubscribePage(asShare)).status).toBe(404)
        expect((await oneClick(asShare)).status).toBe(404)
        expect(await optOuts()).toEqual([])
        // the same parts under the unsubscribe purpose are a working link (the refusal is the purpose)
        expect((await oneClick(unsubscribeToken({ secret: NEW }))).status).toBe(200)
        expect(await optOuts()).toHaveLength(1)
      })

      it("should refuse an offer token and a guest-list token on the shared-list route", async () => {
        const { token, nonce, guest } = await sharedGuestList()
        expect((await sharedList(token)).status).toBe(200)
        const asOffer = signToken({ secret: NEW }, "offer", [nonce], { expiresAt: inDays(30) })
        expect((await sharedList(asOffer)).status).toBe(404)
        // a real guest token has the share token's shape (one part, an expiry, a signature): purpose tells them apart
        expect(guest.split(".")).toHaveLength(3)
        expect((await sharedList(guest)).status).toBe(404)
      })

      it("should refuse a share-purpose token shaped like an offer token on the offers route", async () => {
        const parts = ["soff_01TEST", "cus_01TEST"]
        const asShare = signToken({ secret: NEW }, "share", parts, { expiresAt: inDays(7) })
        const shown = await api.get(`/store/offers?token=${encodeURIComponent(asShare)}`, as()).catch(failure)
        expect(shown.status).toBe(404)
        expect(shown.data.message).toBe("This offer link is not valid or has expired")
      })

      it("should not take a share token as a guest's key to lists", async () => {
        const { token } = await sharedGuestList()
        const asGuest = await api.get("/store/wishlists", as(token)).catch(failure)
        expect(asGuest.status).toBe(401)
      })
    })

    describe("rotation (core previousSecrets)", () => {
      it("should honour an unsubscribe link signed with the previous secret, and sign new links with the new one only", async () => {
        const oldLink = unsubscribeToken({ secret: OLD })
        expect((await unsubscribePage(oldLink)).status).toBe(200)
        expect((await oneClick(oldLink)).status).toBe(200)
        expect(await optOuts()).toEqual([expect.objectContaining({ flow: FLOW, source: "unsubscribe_link" })])

        const url = emailService().composer.unsubscribeUrl({ address: "bo@example.test", flow: FLOW })
        const token = url.split("/").pop() as string
        const expected = signToken({ secret: NEW }, "unsubscribe", [b64("bo@example.test"), FLOW], {
          expiresAt: new Date(Number.parseInt(token.split(".")[2], 36) * 1000),
        })
        expect(token).toBe(expected)
        expect(token).not.toBe(
          signToken({ secret: OLD }, "unsubscribe", [b64("bo@example.test"), FLOW], {
            expiresAt: new Date(Number.parseInt(token.split(".")[2], 36) * 1000),
          })
        )
      })

      it("should open a share link signed with the previous secret, and issue share links under the new one", async () => {
        const { token, nonce } = await sharedGuestList()
        const { keys } = getContainer().resolve<WishlistModuleService>(WISHLIST_MODULE).settings.share
        expect(keys).toEqual({ secret: NEW, previousSecrets: [OLD] })
        const expiresAt = new Date(Number.parseInt(token.split(".")[1], 36) * 1000)
        expect(token).toBe(signToken({ secret: NEW }, "share", [nonce], { expiresAt }))
        const oldLink = signToken({ secret: OLD }, "share", [nonce], { expiresAt })
        expect((await sharedList(oldLink)).status).toBe(200)
      })

      it("should still honour a 0.1 unsubscribe link from mail already sent, under either secret", async () => {
        for (const secret of [NEW, OLD]) {
          expect((await unsubscribePage(legacyToken(secret, ["u", b64(ADDRESS), FLOW]))).status).toBe(200)
        }
        expect((await oneClick(legacyToken(OLD, ["u", b64(ADDRESS), FLOW]))).status).toBe(200)
        expect(await optOuts()).toHaveLength(1)
      })
    })

    describe("forgery with the old public demo secret", () => {
      it("should refuse unsubscribe links signed with it, in the new and the 0.1 shape", async () => {
        for (const forged of [
          unsubscribeToken({ secret: PUBLIC_DEMO }),
          legacyToken(PUBLIC_DEMO, ["u", b64(ADDRESS), FLOW]),
        ]) {
          expect((await unsubscribePage(forged)).status).toBe(404)
          expect((await oneClick(forged)).status).toBe(404)
        }
        expect(await optOuts()).toEqual([])
      })
    })

    describe("canonical encoding", () => {
      it("should refuse a malleated spelling of an authentic token on the unsubscribe and shared-list routes", async () => {
        const link = unsubscribeToken({ secret: NEW })
        const other = malleated(link)
        expect(Buffer.from(other.split(".").pop() as string, "base64url")).toEqual(
          Buffer.from(link.split(".").pop() as string, "base64url")
        )
        expect((await unsubscribePage(other)).status).toBe(404)
        expect((await oneClick(other)).status).toBe(404)
        expect(await optOuts()).toEqual([])

        const { token } = await sharedGuestList()
        expect((await sharedList(malleated(token))).status).toBe(404)
      })
    })

    describe("an expired unsubscribe link", () => {
      it("should say plainly that it expired and how to unsubscribe otherwise, and change nothing", async () => {
        const expired = unsubscribeToken({ secret: NEW }, "unsubscribe", new Date(Date.now() - 60_000))
        const page = await unsubscribePage(expired)
        expect(page.status).toBe(410)
        expect(page.data).toContain("This unsubscribe link has expired")
        expect(page.data).toMatch(/use the unsubscribe link in a more recent email from us, or/)
        expect((await oneClick(expired)).status).toBe(410)
        expect(await optOuts()).toEqual([])
      })
    })
  },
})
