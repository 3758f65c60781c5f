import { isSafeLink } from "../safe-link"

describe("isSafeLink", () => {
  it("should take absolute http(s) URLs and paths on the shop", () => {
    for (const link of ["https://shop.example/sale", "http://shop.example", "/sale", "/sale?x=1#top", "/", "#sale"]) {
      expect(isSafeLink(link)).toBe(true)
    }
  })

  it("should refuse every other scheme and every way out of the shop's host", () => {
    for (const link of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "java\tscript:alert(1)",
      " javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "sale",
      "https://",
      "/sale\u0000",
    ]) {
      expect({ link, safe: isSafeLink(link) }).toEqual({ link, safe: false })
    }
  })
})
