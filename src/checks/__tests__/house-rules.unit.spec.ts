import {
  checkCoreImports,
  checkIds,
  checkJobNames,
  checkModuleNames,
  checkSqlOwnership,
  sqlTables,
} from "../house-rules.cjs"

const tree = (files: Record<string, string>) => ({
  files: Object.keys(files),
  read: (file: string) => files[file],
})

const MODEL = 'export const Pair = model.define("tp_ab_pair", { id: model.id() })'

describe("house rules", () => {
  describe("SQL names only the module's own tables", () => {
    it("passes a module reading its own tables, CTEs and functions", () => {
      const { files, read } = tree({
        "plugins/also-bought/src/modules/also-bought/models/pair.ts": MODEL,
        "plugins/also-bought/src/modules/also-bought/repositories/pairs.ts": `
          const sql = \`WITH due AS (SELECT id FROM tp_ab_pair FOR UPDATE SKIP LOCKED)
            SELECT * FROM due JOIN unnest($1::text[]) u ON true WHERE a IS NOT DISTINCT FROM b\``,
      })
      expect(checkSqlOwnership(files, read)).toEqual([])
    })

    it("fails a module reading Medusa's or another module's tables, naming file, line and table", () => {
      const { files, read } = tree({
        "plugins/also-bought/src/modules/also-bought/models/pair.ts": MODEL,
        "plugins/also-bought/src/modules/also-bought/funnel.ts":
          '\nconst a = "SELECT * FROM tp_visitor_event"\n' +
          'const b = `SELECT * FROM "order" o JOIN order_item i ON true`',
      })
      expect(checkSqlOwnership(files, read)).toEqual([
        expect.stringMatching(/funnel\.ts:2 .*"tp_visitor_event"/),
        expect.stringMatching(/funnel\.ts:3 .*"order"/),
        expect.stringMatching(/funnel\.ts:3 .*"order_item"/),
      ])
    })

    it("lets core's medusa-tables read Medusa's tables, and ignores prose", () => {
      const { files, read } = tree({
        "plugins/core/src/medusa-tables/carts.ts": 'const q = "SELECT id FROM cart"',
        "plugins/feedback/src/lib/words.ts": '// reads from cart\nconst text = "Taken from cart"',
      })
      expect(checkSqlOwnership(files, read)).toEqual([])
    })

    it("reads INSERT, UPDATE and DELETE targets", () => {
      expect(sqlTables("INSERT INTO a (x) VALUES (1) ON CONFLICT DO NOTHING")).toEqual(["a"])
      expect(sqlTables("UPDATE b SET x = 1")).toEqual(["b"])
      expect(sqlTables("DELETE FROM c WHERE id IN (SELECT id FROM d)")).toEqual(["c", "d"])
    })
  })

  describe("imports of core use its exports only", () => {
    const exportsField = { "./lib": "x", "./modules/*": "y", "./package.json": "z" }

    it("passes named subpaths and fails deep ones", () => {
      const { files, read } = tree({
        "plugins/wishlist/src/a.ts": [
          'import { signToken } from "@touchpoints/core/lib"',
          'import { VISITOR_MODULE } from "@touchpoints/core/modules/visitor"',
          'import x from "@touchpoints/core/lib/signed-token"',
          'const y = require("@touchpoints/core/modules/visitor/service")',
        ].join("\n"),
        "plugins/core/src/b.ts": 'import z from "@touchpoints/core/lib/anything"',
      })
      expect(checkCoreImports(files, read, exportsField)).toEqual([
        expect.stringContaining('a.ts:3  import: "@touchpoints/core/lib/signed-token"'),
        expect.stringContaining('a.ts:4  import: "@touchpoints/core/modules/visitor/service"'),
      ])
    })
  })

  describe("workflow and step ids", () => {
    it("passes touchpoints-<plugin>-<name>, given inline or by a constant", () => {
      const { files, read } = tree({
        "plugins/wishlist/src/workflows/add-item.ts":
          'export const addItemWorkflowId = "touchpoints-wishlist-add-item"\n' +
          "createWorkflow(addItemWorkflowId, () => {})\n" +
          'createStep(\n  "touchpoints-wishlist-add-item-step", async () => {})',
      })
      expect(checkIds(files, read)).toEqual([])
    })

    it("fails other prefixes, another plugin's prefix and ids it cannot resolve", () => {
      const { files, read } = tree({
        "plugins/wishlist/src/workflows/a.ts":
          'createWorkflow("tp-add-item", () => {})\ncreateStep("touchpoints-feedback-x", f)\ncreateStep(unknownId, f)',
      })
      expect(checkIds(files, read)).toEqual([
        expect.stringContaining('a.ts:1  id: createWorkflow("tp-add-item")'),
        expect.stringContaining('a.ts:2  id: createStep("touchpoints-feedback-x")'),
        expect.stringContaining('a.ts:3  id: createStep id "unknownId"'),
      ])
    })
  })

  describe("workflow and step files", () => {
    it("passes a file named for its id, a step factory's file and helpers in lib/", () => {
      const { files, read } = tree({
        "plugins/wishlist/src/workflows/steps/settle-alerts.ts":
          'createStep("touchpoints-wishlist-settle-alerts-step", f)',
        "plugins/core/src/workflows/personal-data/steps/erase-personal-data-part.ts":
          // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
          "createStep(`touchpoints-core-erase-personal-data-${name}`, f)",
        "plugins/core/src/workflows/email/lib/deliver.ts": 'createStep("touchpoints-core-deliver-now", f)',
      })
      expect(checkIds(files, read)).toEqual([])
    })

    it("fails a file named for something else", () => {
      const { files, read } = tree({
        "plugins/wishlist/src/workflows/settle-wishlist-alerts.ts":
          'createWorkflow("touchpoints-wishlist-settle-alerts", f)',
      })
      expect(checkIds(files, read)).toEqual([
        expect.stringContaining("settle-wishlist-alerts.ts  file: named for none of its ids"),
      ])
    })
  })

  describe("job names", () => {
    it("passes touchpoints-<plugin>-<file>-job and fails any other name", () => {
      const { files, read } = tree({
        "plugins/wishlist/src/jobs/send-alerts.ts":
          'export const config = { name: "touchpoints-wishlist-send-alerts-job", schedule: "* * * * *" }',
        "plugins/wishlist/src/jobs/check-alerts.ts": 'export const config = { name: "tp-check-wishlist-alerts" }',
      })
      expect(checkJobNames(files, read)).toEqual([
        expect.stringContaining('check-alerts.ts  job: name "tp-check-wishlist-alerts" should be'),
      ])
    })
  })

  describe("module keys and table prefixes", () => {
    const MODULE = (key: string) => `export const KEY = "${key}"\nexport default Module(KEY, { service })`

    it("passes touchpoints<Module> keys and one prefix per module", () => {
      const { files, read } = tree({
        "plugins/also-bought/src/modules/also-bought/index.ts": MODULE("touchpointsAlsoBought"),
        "plugins/also-bought/src/modules/also-bought/models/pair.ts": MODEL,
        "plugins/segment-offers/src/modules/segment-offers/models/segment.ts":
          'model.define({ name: "tp_segment", tableName: "tp_offer_segment" }, {})\nmodel.define("tp_offer", {})',
      })
      expect(checkModuleNames(files, read)).toEqual([])
    })

    it("fails a bare key, a module with two prefixes and a prefix two modules use", () => {
      const { files, read } = tree({
        "plugins/also-bought/src/modules/also-bought/index.ts": MODULE("alsoBought"),
        "plugins/segment-offers/src/modules/segment-offers/models/segment.ts":
          'model.define("tp_segment", {})\nmodel.define("tp_offer", {})',
        "plugins/feedback/src/modules/feedback/models/alert.ts": 'model.define("tp_ab_alert", {})',
        "plugins/also-bought/src/modules/also-bought/models/pair.ts": MODEL,
      })
      expect(checkModuleNames(files, read)).toEqual([
        expect.stringContaining('module key: "alsoBought" should be "touchpointsAlsoBought"'),
        expect.stringContaining("tables: tp_offer, tp_segment should share one tp_<prefix>"),
        expect.stringContaining("prefix tp_ab is also plugins/feedback/src/modules/feedback's"),
      ])
    })
  })
})
