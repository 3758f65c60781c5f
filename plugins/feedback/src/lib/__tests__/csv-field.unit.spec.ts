import { csvField } from "../csv-field"

describe("csvField", () => {
  it("should quote fields with commas, quotes or line breaks and leave plain ones alone", () => {
    expect(csvField("Green Tea")).toBe("Green Tea")
    expect(csvField('Said "wow", then left')).toBe('"Said ""wow"", then left"')
    expect(csvField("line one\nline two")).toBe('"line one\nline two"')
    expect(csvField(null)).toBe("")
    expect(csvField(7)).toBe("7")
    expect(csvField(new Date("2026-11-26T10:00:00Z"))).toBe("2026-11-26T10:00:00.000Z")
  })

  it("should defuse text a spreadsheet would run as a formula", () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"')
    expect(csvField("+1 great")).toBe("'+1 great")
    expect(csvField("-")).toBe("'-")
    expect(csvField("@sum")).toBe("'@sum")
  })
})
