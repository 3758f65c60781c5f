import { anyOf, either } from "../personal-data-rows"

describe("personal-data rows", () => {
  it("should make an empty id list match nothing (PostgreSQL refuses an empty IN list)", () => {
    expect(anyOf("customer_id", [])).toEqual({ sql: "FALSE", params: [] })
    expect(either(anyOf("a", []), anyOf("b", []))).toEqual({ sql: "FALSE", params: [] })
  })

  it("should OR the parts that can match, with their bindings in order", () => {
    expect(either(anyOf("a", [1, 2]), anyOf("b", []), anyOf("c", [3]))).toEqual({
      sql: "(a IN (?, ?)) OR (c IN (?))",
      params: [1, 2, 3],
    })
  })
})
