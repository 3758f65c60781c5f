import { BasketCounter } from "../basket-counter"
import { basketTitles, csvFields, LongFormatReader } from "../import-formats"

describe("import formats", () => {
  it("should split CSV fields with quotes, escaped quotes and commas inside quotes", () => {
    expect(csvFields('a, "b, c" ,"say ""hi""",')).toEqual(["a", "b, c", 'say "hi"', ""])
    expect(basketTitles("citrus fruit,semi-finished bread,,margarine")).toEqual([
      "citrus fruit",
      "semi-finished bread",
      "margarine",
    ])
  })

  it("should collect long-format rows into baskets by order id, skipping NONE and bad rows", () => {
    const reader = new LongFormatReader()
    const lines = [
      "Date,Time,Transaction,Item",
      "30-10-2016,09:58:11,1,Bread",
      "30-10-2016,10:05:34,2,Scandinavian",
      "30-10-2016,10:05:34,2,Coffee",
      "30-10-2016,10:07:57,3,NONE",
      "30-10-2016,10:08:00,1,Jam",
      "broken",
      "",
    ]
    const read = lines.map((line) => reader.add(line))
    expect(read).toEqual([true, true, true, true, true, true, false, true])
    expect(Object.fromEntries(reader.baskets)).toEqual({ "1": ["Bread", "Jam"], "2": ["Scandinavian", "Coffee"] })
    const counter = new BasketCounter()
    for (const basket of reader.baskets.values()) counter.add(basket)
    expect(counter.orders).toBe(2)
    expect(counter.both("Bread", "Jam")).toBe(1)
  })

  it("should name the missing columns of a long-format header", () => {
    expect(() => new LongFormatReader().add("order,product")).toThrow(/Transaction.*Item/)
    const custom = new LongFormatReader({ order: "order", item: "product" })
    custom.add("order,product")
    custom.add("o1,Tea")
    expect(custom.baskets.get("o1")).toEqual(["Tea"])
  })
})
