import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { promotionStates, promotionsByCode } from "@touchpoints/core/medusa-tables"
import type { Contract } from "./contract"

/** segment-offers' questions about promotions: their state by id (value, limits, campaign budget) and ids by code. */
const promotionsSegmentOffers: Contract = ({ container, db }) => {
  it("answers a promotion's code, status, value and its campaign's dates and budget; finds promotions by code", async () => {
    const startsAt = new Date("2026-01-01T00:00:00.000Z")
    const { result: promotions } = await createPromotionsWorkflow(container()).run({
      input: {
        promotionsData: [
          {
            code: "CONTRACT15",
            type: "standard",
            status: "active",
            is_automatic: false,
            application_method: { type: "percentage", target_type: "order", allocation: "across", value: 15 },
            campaign: {
              name: "Contract campaign",
              campaign_identifier: "tp-contract-campaign",
              starts_at: startsAt,
              ends_at: null,
              budget: { type: "usage", limit: 100 },
            },
          },
          {
            code: "CONTRACT5EUR",
            type: "standard",
            status: "draft",
            is_automatic: false,
            application_method: {
              type: "fixed",
              target_type: "order",
              allocation: "across",
              value: 5,
              currency_code: "eur",
            },
          },
        ],
      },
    })
    // the workflow does not answer in input order: take each promotion by its code
    const byCode = (code: string) => {
      const promotion = promotions.find((made) => made.code === code)
      if (!promotion) throw new Error(`createPromotionsWorkflow made no ${code}`)
      return promotion
    }
    const percent = byCode("CONTRACT15")
    const fixed = byCode("CONTRACT5EUR")
    const rows = await promotionStates(db(), [percent.id, fixed.id, "promo_missing"])
    const byId = new Map(rows.map((row) => [row.id, row]))
    expect(rows).toHaveLength(2)
    expect(byId.get(percent.id)).toMatchObject({
      code: "CONTRACT15",
      status: "active",
      usage_limit: null,
      usage_used: 0,
      type: "percentage",
      value: 15,
      currency_code: null,
      campaign_id: expect.any(String),
      ends_at: null,
      budget_type: "usage",
      budget_limit: 100,
      budget_used: 0,
    })
    expect(new Date(byId.get(percent.id)?.starts_at as Date).toISOString()).toBe(startsAt.toISOString())
    expect(byId.get(fixed.id)).toMatchObject({
      code: "CONTRACT5EUR",
      status: "draft",
      type: "fixed",
      value: 5,
      currency_code: "eur",
      campaign_id: null,
      budget_type: null,
    })

    const found = await promotionsByCode(db(), ["CONTRACT15", "CONTRACT5EUR", "NO-SUCH-CODE", "CONTRACT15"])
    expect(found.sort((a, b) => a.code.localeCompare(b.code))).toEqual([
      { id: percent.id, code: "CONTRACT15" },
      { id: fixed.id, code: "CONTRACT5EUR" },
    ])
    expect(await promotionStates(db(), [])).toEqual([])
    expect(await promotionsByCode(db(), [])).toEqual([])
  })
}

export default promotionsSegmentOffers
