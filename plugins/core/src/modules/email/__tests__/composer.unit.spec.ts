import { join } from "node:path"
import { EmailComposer } from "../lib/composer"
import { emailSettingsOf } from "../lib/settings"
import { verifyUnsubscribeToken } from "../lib/unsubscribe-token"

const FIXTURES = join(__dirname, "fixtures")
const SECRET = "a-secret-of-thirty-two-characters+"
const SHOP = {
  name: "Tea Shop",
  storefrontUrl: "https://tea.example",
  backendUrl: "https://shop.example/",
  postalAddress: "Tea Shop, 2 Leaf Lane, 10115 Berlin, Germany",
}
const options = (templatesDir?: string, shop: Record<string, unknown> = SHOP) =>
  emailSettingsOf({ secret: SECRET, shop, email: { templatesDir } }, false)
const compose = (locale: string, templatesDir?: string, data: Record<string, unknown> = {}) =>
  new EmailComposer(options(templatesDir)).compose({
    template: "cart-note",
    templateRoot: join(FIXTURES, "shipped"),
    locale,
    data: { item: "Tea <Sencha> & Co", price: 24.9, currency: "eur", ...data },
    unsubscribe: { address: "Ada@Example.test", flow: "cart-recovery" },
  })

describe("EmailComposer", () => {
  it("renders subject, an html part in the shared layout with inlined CSS, and an escaped-free text part", () => {
    const message = compose("en")
    expect(message.subject).toBe("A note about Tea <Sencha> & Co")
    expect(message.html).toMatch(/^<!DOCTYPE html>/)
    expect(message.html).toContain("Tea &lt;Sencha&gt; &amp; Co")
    expect(message.html).toContain("€24.90")
    // the layout's <style> rules end up on the elements (email clients drop <style> blocks)
    expect(message.html).not.toContain("<style>")
    expect(/<p [^>]*class="muted"[^>]*>/.exec(message.html)?.[0]).toMatch(/style="[^"]*color: ?#57606a/)
    expect(message.html).toContain("Tea Shop · Tea Shop, 2 Leaf Lane")
    expect(message.html).toContain('href="https://tea.example"')
    expect(message.text).toContain("Tea Shop · Tea Shop, 2 Leaf Lane, 10115 Berlin, Germany")
    expect(message.text).toContain("You looked at Tea <Sencha> & Co for €24.90.")
    expect(message.text).toContain("Unsubscribe from these emails: https://shop.example/touchpoints/unsubscribe/")
  })

  it("adds RFC 8058 headers whose link carries a token for this address and flow", () => {
    const { headers } = compose("en")
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click")
    const token = /unsubscribe\/([^>]+)>$/.exec(headers["List-Unsubscribe"])?.[1] as string
    expect(verifyUnsubscribeToken({ secret: SECRET }, token)).toEqual({
      ok: true,
      address: "Ada@Example.test",
      flow: "cart-recovery",
    })
    expect(verifyUnsubscribeToken({ secret: "another-secret-of-32-characters-at-least" }, token)).toEqual({
      ok: false,
      reason: "invalid",
    })
    // the default lifetime: a year (email.unsubscribeLinkDays)
    const inAYear = new Date(Date.now() + 366 * 86_400_000)
    expect(verifyUnsubscribeToken({ secret: SECRET }, token, inAYear)).toEqual({ ok: false, reason: "expired" })
  })

  it("uses a locale's variant, falls back from a region to its language, and formats money for the locale", () => {
    expect(compose("de-AT").subject).toBe("Ein Hinweis zu Tea <Sencha> & Co")
    expect(compose("de").html).toContain("24,90&nbsp;€")
    expect(compose("fr").subject).toBe("A note about Tea <Sencha> & Co")
  })

  it("prefers the owner's template folder, file by file", () => {
    const message = compose("de", join(FIXTURES, "overrides"))
    expect(message.html).toContain("Vom Shop angepasst: Tea &lt;Sencha&gt; &amp; Co für 24,90&nbsp;€.")
    // files the owner did not override still come from the shipped folder
    expect(message.subject).toBe("Ein Hinweis zu Tea <Sencha> & Co")
  })

  it("refuses data that does not match the template's schema, naming the field", () => {
    expect(() => compose("en", undefined, { price: "free" })).toThrow(/\/price must be number/)
    expect(() => compose("en", undefined, { currency: "euro" })).toThrow(/\/currency/)
  })

  it("leaves the address out of the footer while none is set (development)", () => {
    const message = new EmailComposer(options(undefined, { name: "Tea Shop" })).compose({
      template: "cart-note",
      templateRoot: join(FIXTURES, "shipped"),
      locale: "en",
      data: { item: "Sencha", price: 1, currency: "eur" },
      unsubscribe: { address: "ada@example.test", flow: "cart-recovery" },
    })
    expect(message.text).toMatch(/^Tea Shop$/m)
    expect(message.text).toContain("Unsubscribe from these emails: http://localhost:9000/touchpoints/unsubscribe/")
  })

  it("says which template is missing", () => {
    const composer = new EmailComposer(options())
    expect(() => composer.compose({ template: "nope", templateRoot: join(FIXTURES, "shipped"), data: {} })).toThrow(
      "Email template nope/subject.hbs does not exist"
    )
  })
})
