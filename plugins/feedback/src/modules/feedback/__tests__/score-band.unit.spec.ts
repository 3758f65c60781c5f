import { bandOf, npsOf } from "../lib/score-band"

describe("score bands and NPS", () => {
  it("puts 0-6 in detractors, 7-8 in passives, 9-10 in promoters", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(bandOf)).toEqual([
      ...Array(7).fill("detractor"),
      "passive",
      "passive",
      "promoter",
      "promoter",
    ])
  })

  it("computes NPS as % promoters minus % detractors, rounded once", () => {
    // 3 promoters, 2 passives, 2 detractors: (3 - 2) / 7 = 14.2857...%
    expect(npsOf({ promoters: 3, passives: 2, detractors: 2 })).toEqual({
      responses: 7,
      promoters: 3,
      passives: 2,
      detractors: 2,
      promoter_percent: 42.9,
      detractor_percent: 28.6,
      nps: 14.3,
    })
    expect(npsOf({ promoters: 0, passives: 0, detractors: 5 }).nps).toBe(-100)
    expect(npsOf({ promoters: 1, passives: 0, detractors: 0 }).nps).toBe(100)
    expect(npsOf({ promoters: 0, passives: 0, detractors: 0 }).nps).toBeNull()
  })
})
