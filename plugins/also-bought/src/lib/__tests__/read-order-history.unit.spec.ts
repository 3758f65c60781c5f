import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { readOrderHistory } from "../read-order-history"
import { importedProductHandle, titleKey } from "../title-key"

const fileWith = (name: string, text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), "tp-history-")), name)
  writeFileSync(file, text)
  return file
}

describe("titleKey", () => {
  it("should ignore case, surrounding and repeated spaces", () => {
    expect(titleKey("  Green   Tea ")).toBe(titleKey("green tea"))
    expect(titleKey("Crème brûlée")).toBe(titleKey("CRÈME BRÛLÉE"))
  })

  it("should make readable handles that differ per title", () => {
    const hash = (text: string) => Buffer.from(text).toString("hex")
    expect(importedProductHandle("Rolls/Buns", hash)).toMatch(/^imported-rolls-buns-[0-9a-f]{8}$/)
    expect(importedProductHandle("liquor (appetizer)", hash)).not.toBe(importedProductHandle("liquor", hash))
  })
})

describe("readOrderHistory", () => {
  it("should read baskets, one order per line, with titles deduplicated across spellings", async () => {
    const progress: number[] = []
    const history = await readOrderHistory(fileWith("b.csv", 'tea,cup\n\nTEA , "cup, large"\r\nkettle\n'), "baskets", {
      onProgress: ({ lines }) => progress.push(lines),
    })
    expect(history.titles).toEqual(["tea", "cup", "cup, large", "kettle"])
    expect(history.baskets).toEqual([
      { key: "1", titles: [0, 1] },
      { key: "3", titles: [0, 2] },
      { key: "4", titles: [3] },
    ])
    expect(history.lines).toBe(4)
    expect(progress.at(-1)).toBe(4)
  })

  it("should group long rows by order, with other column names when given", async () => {
    const file = fileWith("l.csv", "Order,Product,Qty\n7,tea,1\n8,cup,2\n7,cup,1\n,orphan,1\n")
    const history = await readOrderHistory(file, "long", { columns: { order: "order", item: "product" } })
    expect(history.titles).toEqual(["tea", "cup"])
    expect(history.baskets).toEqual([
      { key: "7", titles: [0, 1] },
      { key: "8", titles: [1] },
    ])
    expect(history.unreadableLines).toBe(1)
  })
})
