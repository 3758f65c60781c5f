import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { BasketCounter } from "../basket-counter"
import { basketTitles } from "../import-formats"
import { ruleMetrics, ruleScore } from "../metrics"

const EXACT = 9 // digits: exact to 1e-9

/** Six orders small enough to check by hand. */
function handSet(): BasketCounter {
  const counter = new BasketCounter()
  for (const order of [["A", "B", "C"], ["A", "B"], ["A", "C"], ["B", "C"], ["A"], ["A", "B", "D", "A"]]) {
    counter.add(order)
  }
  return counter
}

describe("association-rule metrics", () => {
  it("should count distinct orders per product and pair (a product twice in one order counts once)", () => {
    const counter = handSet()
    expect(counter.orders).toBe(6)
    expect(Object.fromEntries(counter.products)).toEqual({ A: 5, B: 4, C: 3, D: 1 })
    expect(counter.both("A", "B")).toBe(3)
    expect(counter.both("B", "A")).toBe(3)
    expect(counter.both("C", "D")).toBe(0)
    expect([...counter.pairEntries()].find(([a, b]) => a === "A" && b === "D")).toEqual(["A", "D", 1])
  })

  it("should give support, confidence and lift exactly as defined", () => {
    // A -> B: both 3 of 6 orders, A in 5, B in 4
    const ab = ruleMetrics({ both: 3, antecedent: 5, consequent: 4, total: 6 })
    expect(ab.support).toBeCloseTo(0.5, EXACT)
    expect(ab.confidence).toBeCloseTo(0.6, EXACT)
    expect(ab.lift).toBeCloseTo(0.9, EXACT)
    // B -> C: both 2, B in 4, C in 3
    const bc = ruleMetrics({ both: 2, antecedent: 4, consequent: 3, total: 6 })
    expect(bc.support).toBeCloseTo(1 / 3, EXACT)
    expect(bc.confidence).toBeCloseTo(0.5, EXACT)
    expect(bc.lift).toBeCloseTo(1, EXACT)
    expect(ruleMetrics({ both: 0, antecedent: 0, consequent: 4, total: 6 })).toEqual({
      support: 0,
      confidence: 0,
      lift: 0,
    })
  })

  it("should score with each documented method and say how", () => {
    const counts = { both: 3, antecedent: 5, consequent: 4, total: 6 }
    const expected = (5 * 4) / 6
    const smithLinden = ruleScore(counts, "smith_linden")
    expect(smithLinden.value).toBeCloseTo((3 - expected) / Math.sqrt(expected), EXACT)
    expect(smithLinden.formula).toMatch(/E_ab/)
    expect(ruleScore(counts, "shrunk_lift", 10).value).toBeCloseTo((3 + 10) / (expected + 10), EXACT)
    expect(ruleScore(counts, "shrunk_confidence", 10).value).toBeCloseTo((3 + (10 * 4) / 6) / (5 + 10), EXACT)
    // shrinking: a 3-order pair with a huge raw lift ranks below a 300-order pair with a good one
    const rare = ruleScore({ both: 3, antecedent: 3, consequent: 3, total: 10_000 }, "shrunk_lift", 10).value
    const common = ruleScore({ both: 300, antecedent: 600, consequent: 600, total: 10_000 }, "shrunk_lift", 10).value
    expect(rare).toBeLessThan(common)
  })
})

describe("the Groceries data set (when ../shared/data is present)", () => {
  // the project's data sets sit next to the checkout (see ../shared/README.md); TP_SHARED_DATA points elsewhere
  const file = join(process.env.TP_SHARED_DATA ?? join(__dirname, "../../../../../../shared/data"), "groceries.csv")
  const run = existsSync(file) ? it : it.skip

  run("should give the figures R's arules prints for well-known rules", () => {
    const counter = new BasketCounter()
    for (const line of readFileSync(file, "utf8").split("\n")) counter.add(basketTitles(line))
    expect(counter.orders).toBe(9835)
    const rule = (a: string, b: string) => {
      const counts = {
        both: counter.both(a, b),
        antecedent: counter.products.get(a) ?? 0,
        consequent: counter.products.get(b) ?? 0,
        total: counter.orders,
      }
      return { counts, ...ruleMetrics(counts) }
    }
    // arules: {root vegetables} => {other vegetables}  support 0.04738180  confidence 0.4347015  lift 2.246605
    const roots = rule("root vegetables", "other vegetables")
    expect(roots.support).toBeCloseTo(0.0473818, 7)
    expect(roots.confidence).toBeCloseTo(0.4347015, 7)
    expect(roots.lift).toBeCloseTo(2.246605, 6)
    // arules itemFrequency: whole milk 0.2555160
    expect((counter.products.get("whole milk") ?? 0) / counter.orders).toBeCloseTo(0.255516, 6)
    for (const [a, b] of [
      ["root vegetables", "other vegetables"],
      ["yogurt", "whole milk"],
      ["tropical fruit", "yogurt"],
    ]) {
      const { counts, support, confidence, lift } = rule(a, b)
      console.log(
        `{${a}} => {${b}}  orders ${counts.both}  support ${support.toFixed(7)}  confidence ${confidence.toFixed(7)}  lift ${lift.toFixed(6)}`
      )
    }
  })
})
