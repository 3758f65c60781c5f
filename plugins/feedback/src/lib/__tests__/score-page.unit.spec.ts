import { scorePage } from "../score-page"

describe("the score page", () => {
  it("should always offer the button, and post by itself only when automatic and visible, not under automation", () => {
    const page = scorePage({ score: 7, shopName: "Tea & Co", automatic: true })
    expect(page).toContain('<form method="post" id="tp-score"><input type="hidden" name="how" value="button">')
    expect(page).toContain("Send my score (7)</button>")
    expect(page).toContain("navigator.webdriver")
    expect(page).toContain('document.visibilityState !== "visible"')
    expect(page).toContain("Tea &amp; Co")
  })

  it("should leave the script out when the button alone counts, and escape the note", () => {
    const page = scorePage({ score: 0, shopName: "Shop", automatic: false, note: "<b>press</b>" })
    expect(page).not.toContain("<script>")
    expect(page).toContain("&lt;b&gt;press&lt;/b&gt;")
  })
})
