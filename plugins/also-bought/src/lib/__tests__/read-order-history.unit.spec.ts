import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { orderBaskets, scanTitles } from "../read-order-history"
import { importedProductHandle, titleKey } from "../title-key"

const fileWith = (name: string, text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), "tp-history-")), name)
  writeFileSync(file, text)
  return file
}

const collect = async (iterable: AsyncIterable<{ key: string; titles: string[] }>) => {
  const baskets = []
  for await (const basket of iterable) baskets.push(basket)
  return baskets
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

describe("reading order histories", () => {
  it("should stream baskets, one order per line, and scan titles deduplicated across spellings", async () => {
    const file = fileWith("b.csv", 'tea,cup\n\nTEA , "cup, large"\r\nkettle\n')
    expect(await collect(orderBaskets(file, "baskets"))).toEqual([
      { key: "1", titles: ["tea", "cup"] },
      { key: "3", titles: ["TEA", "cup, large"] },
      { key: "4", titles: ["kettle"] },
    ])
    const progress: number[] = []
    const scan = await scanTitles(file, "baskets", { onProgress: ({ lines }) => progress.push(lines) })
    expect(scan).toEqual({
      titles: ["tea", "cup", "cup, large", "kettle"],
      orders: 3,
      orderLines: 5,
      lines: 4,
      unreadableLines: 0,
    })
    expect(progress.at(-1)).toBe(4)
  })

  it("should group long rows by order, with other column names when given", async () => {
    const file = fileWith("l.csv", "Order,Product,Qty\n7,tea,1\n8,cup,2\n7,cup,1\n,orphan,1\n")
    const options = { columns: { order: "order", item: "product" } }
    expect(await collect(orderBaskets(file, "long", options))).toEqual([
      { key: "7", titles: ["tea", "cup"] },
      { key: "8", titles: ["cup"] },
    ])
    expect(await scanTitles(file, "long", options)).toMatchObject({
      titles: ["tea", "cup"],
      orders: 2,
      unreadableLines: 1,
    })
  })
})
