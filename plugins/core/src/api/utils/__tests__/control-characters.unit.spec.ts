import { findControlCharacterInBody, urlHasControlCharacter } from "../control-characters"

describe("urlHasControlCharacter", () => {
  it("should find a percent-encoded or raw C0 character anywhere in the path or query", () => {
    for (const url of [
      "/store/regions?id=%00",
      "/store/regions?id[]=a&id[]=%1F",
      "/store/regions?filter[name][0]=x%0a",
      "/store/products/prod_%00/also-bought",
      "/store/regions?id=tab%09",
      "/store/regions?q=%0D",
      "/store/regions?id=\u0001",
    ]) {
      expect(urlHasControlCharacter(url)).toBe(true)
    }
  })

  it("should leave every other URL alone", () => {
    for (const url of [
      "/store/regions?id=reg_1&limit=20",
      "/store/regions?q=%2500", // the text "%00"
      "/store/regions?q=%20%7F%C3%A9%E2%80%AE", // space, DEL, é, RTL override: not C0
      "/store/products/prod_1?fields=*variants",
    ]) {
      expect(urlHasControlCharacter(url)).toBe(false)
    }
  })
})

describe("findControlCharacterInBody", () => {
  it("should name where a C0 character sits in any string or key, at any depth", () => {
    expect(findControlCharacterInBody({ variant_id: "\u0000" })).toBe("variant_id")
    expect(findControlCharacterInBody({ events: [{ type: "page_view", url: "/a\u001b" }] })).toBe("events.0.url")
    expect(findControlCharacterInBody({ metadata: { "a\u0000b": 1 } })).toBe("a key in metadata")
    expect(findControlCharacterInBody("\u0007")).toBe("(body)")
  })

  it("should allow tab and line breaks in text, and anything not a string", () => {
    expect(findControlCharacterInBody({ comment: "line one\r\nline\ttwo", score: 9, ok: true, none: null })).toBe(null)
    expect(findControlCharacterInBody(undefined)).toBe(null)
    expect(findControlCharacterInBody(Buffer.from([0]))).toBe(null)
  })

  it("should walk a very deep body without exhausting the stack", () => {
    let deep: unknown = "\u0000"
    for (let level = 0; level < 100_000; level++) deep = [deep]
    expect(findControlCharacterInBody(deep)).toMatch(/^0(\.0)+$/)
  })
})
