import { existsSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { importOrdersCommand, parseImportOrdersArgs } from "@touchpoints/also-bought/commands/import-orders"
import { UsageError } from "@touchpoints/core/lib"
import { adminHeaders } from "../../helpers/admin"
import { createAlsoBoughtShop } from "../../helpers/also-bought"
import type { Catalog } from "../../helpers/catalog"
import { explain } from "../../helpers/http"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(180_000)

const EXACT = 9
const GROCERIES = join(process.env.TP_SHARED_DATA ?? join(__dirname, "../../../../shared/data"), "groceries.csv")

/** Runs the import command as `npm run touchpoints -- import-orders ...` does, and answers its summary line. */
async function importOrders(container: MedusaContainer, argv: string[]) {
  const lines: string[] = []
  const log = jest.spyOn(console, "log").mockImplementation((line: string) => void lines.push(String(line)))
  const progress = jest.spyOn(console, "error").mockImplementation(() => {})
  try {
    await importOrdersCommand(container, argv)
  } finally {
    log.mockRestore()
    progress.mockRestore()
  }
  const summary = lines.find((line) => line.startsWith("TOUCHPOINTS_IMPORT "))
  return JSON.parse(summary?.slice("TOUCHPOINTS_IMPORT ".length) ?? "null")
}

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let catalog: Catalog
    let dir: string
    let headers: Awaited<ReturnType<typeof adminHeaders>>

    beforeEach(async () => {
      ;({ catalog } = await createAlsoBoughtShop(getContainer(), []))
      dir = mkdtempSync(join(tmpdir(), "tp-import-"))
      headers = await adminHeaders(getContainer(), api)
    })

    const rulesOf = async (productId: string) =>
      (await api.get(`/admin/also-bought/${productId}`, headers).catch(explain)).data

    it("should match titles to products, count baskets like orders, and count a file once", async () => {
      const file = join(dir, "history.csv")
      // spelling differs from the catalog ("Green Tea", "Stoneware Cup", "Copper Kettle") in case and spaces
      writeFileSync(
        file,
        [
          "green tea,STONEWARE CUP",
          "Green  Tea, stoneware cup",
          '"Green Tea","Stoneware Cup",Mystery Box',
          "green tea,copper kettle",
          "Mystery Box",
          "",
          "copper kettle",
        ].join("\n")
      )
      const summary = await importOrders(getContainer(), [file, "--format", "baskets"])
      expect(summary).toMatchObject({
        orders: 6,
        titles: 4,
        matched_titles: 3,
        created_products: 0,
        unknown_titles: 1,
        unknown_title_examples: ["Mystery Box"],
        baskets_without_products: 1,
        imported_orders: 5,
        duplicate_orders: 0,
        statistics: { orders: 5, products: 3, pairs: 2 },
      })
      const tea = await rulesOf(catalog.products.tea)
      expect(tea).toMatchObject({ product_orders: 4, total_orders: 5 })
      const cup = tea.rules.find((rule: { product_id: string }) => rule.product_id === catalog.products.cup)
      expect(cup.support_count).toBe(3)
      expect(cup.support).toBeCloseTo(3 / 5, EXACT)
      expect(cup.confidence).toBeCloseTo(3 / 4, EXACT)
      expect(cup.lift).toBeCloseTo(3 / 4 / (3 / 5), EXACT)

      const again = await importOrders(getContainer(), [file, "--format", "baskets"])
      expect(again).toMatchObject({ imported_orders: 0, duplicate_orders: 5, statistics: { orders: 5 } })

      // a full rebuild from the store's orders keeps imported history
      const { data } = await api.post("/admin/also-bought/rebuild", {}, headers).catch(explain)
      expect(data.rebuilt).toEqual({ orders: 5, products: 3, pairs: 2 })
    })

    it("should read the long format and create unknown products as drafts when asked", async () => {
      const file = join(dir, "bakery.csv")
      writeFileSync(
        file,
        [
          "Date,Transaction,Item",
          "2016-10-30,1,Green Tea",
          "2016-10-30,2,Croissant",
          "2016-10-30,1,Croissant",
          "2016-10-30,3,NONE",
          "2016-10-30,2,Green Tea",
          "2016-10-31,4,Croissant",
        ].join("\r\n")
      )
      const summary = await importOrders(getContainer(), [
        file,
        "--format",
        "long",
        "--create-products",
        "--source",
        "bakery",
      ])
      expect(summary).toMatchObject({
        source: "bakery",
        orders: 3,
        matched_titles: 1,
        created_products: 1,
        unknown_titles: 0,
        imported_orders: 3,
        statistics: { orders: 3, products: 2, pairs: 1 },
      })
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id", "title", "status", "metadata"], filters: { title: "Croissant" } })
      expect(data).toEqual([
        expect.objectContaining({
          status: "draft",
          metadata: expect.objectContaining({ touchpoints_import: "bakery" }),
        }),
      ])
      const tea = await rulesOf(catalog.products.tea)
      expect(tea.rules).toEqual([expect.objectContaining({ product_id: data[0].id, support_count: 2 })])
    })

    it("should refuse wrong arguments with the usage", () => {
      const file = join(dir, "x.csv")
      writeFileSync(file, "a,b\n")
      for (const argv of [
        [],
        [file],
        [file, "--format", "wide"],
        [file, "--format", "long", "--bogus"],
        ["/nope.csv", "--format", "long"],
        [file, "--format", "long", "--source", "a b"],
      ]) {
        expect(() => parseImportOrdersArgs(argv)).toThrow(UsageError)
      }
    })

    // the optional check on a real data set: the project's data sets sit next to the checkout (../shared/data)
    ;(existsSync(GROCERIES) ? it : it.skip)("should import Groceries and give the rules arules gives", async () => {
      const summary = await importOrders(getContainer(), [GROCERIES, "--format", "baskets", "--create-products"])
      expect(summary).toMatchObject({ orders: 9835, order_lines: 43367, created_products: 169, imported_orders: 9835 })
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product",
          fields: ["id", "title"],
          filters: { title: ["root vegetables", "other vegetables", "whole milk", "yogurt", "tropical fruit"] },
        })
      const idOf = (title: string) => (data as { id: string; title: string }[]).find((row) => row.title === title)?.id
      const rule = async (a: string, b: string) =>
        (await rulesOf(idOf(a) as string)).rules.find((row: { product_id: string }) => row.product_id === idOf(b))
      // arules: {root vegetables} => {other vegetables}  support 0.04738180  confidence 0.4347015  lift 2.246605
      const roots = await rule("root vegetables", "other vegetables")
      expect(roots.support).toBeCloseTo(0.0473818, 7)
      expect(roots.confidence).toBeCloseTo(0.4347015, 7)
      expect(roots.lift).toBeCloseTo(2.246605, 6)
      for (const [a, b] of [
        ["root vegetables", "other vegetables"],
        ["yogurt", "whole milk"],
        ["tropical fruit", "yogurt"],
      ]) {
        const { support_count, support, confidence, lift } = await rule(a, b)
        console.info(
          `imported Groceries: {${a}} => {${b}}  orders ${support_count}  support ${support.toFixed(7)}  confidence ${confidence.toFixed(7)}  lift ${lift.toFixed(6)}`
        )
      }
    })
  },
})
