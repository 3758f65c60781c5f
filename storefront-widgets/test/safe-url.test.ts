import { safeUrl } from "../src/runtime/safe-url"

const PAGE = "https://shop.example/products/tea"

describe("safeUrl (links a widget renders, e.g. an offer's call to action)", () => {
  it("should resolve http(s) and relative links against the page", () => {
    expect(safeUrl("/sale", PAGE)).toBe("https://shop.example/sale")
    expect(safeUrl("https://other.example/x", PAGE)).toBe("https://other.example/x")
    expect(safeUrl("?page=2", PAGE)).toBe("https://shop.example/products/tea?page=2")
  })

  it("should render no javascript:, data: or other scheme, however it is spelled", () => {
    for (const link of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:x",
      "file:///etc/passwd",
    ]) {
      expect({ link, href: safeUrl(link, PAGE) }).toEqual({ link, href: null })
    }
    expect(safeUrl(null, PAGE)).toBeNull()
    expect(safeUrl("", PAGE)).toBeNull()
  })
})
