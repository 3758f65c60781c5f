import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { gzipSync } from "node:zlib"
import { APP, useShop } from "./helpers/shop"
import { BUILD_REPORT, EXAMPLE } from "./setup/paths.cjs"

/** A widget element's static tag, as it stands in the widgets' minified code. */
const ELEMENT_CODE = 'tag="tp-consent"'
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

async function gzipped(url: string): Promise<{ url: string; text: string; gzip: number }> {
  const text = await (await fetch(url)).text()
  return { url, text, gzip: gzipSync(text, { level: 9 }).length }
}

describe("what the widgets cost the storefront", () => {
  const shop = useShop()

  it("should keep the widgets' elements out of the first load and load them as one chunk after hydration", async () => {
    const report = JSON.parse(readFileSync(BUILD_REPORT, "utf8")) as { buildMs: number; table: string }
    expect(report.table).toContain("First Load JS")

    const html = await (await fetch(`${APP}/`)).text()
    // modern browsers skip the noModule polyfills
    const initial = [...html.matchAll(/<script src="([^"]+)"([^>]*)>/g)]
      .filter((match) => !/nomodule/i.test(match[2] ?? ""))
      .map((match) => new URL(match[1] ?? "", APP).href)
    const firstLoad = await Promise.all(initial.map(gzipped))
    expect(firstLoad.filter((script) => script.text.includes(ELEMENT_CODE)).map((script) => script.url)).toEqual([])
    const runtimeShare = firstLoad.filter((script) => script.text.includes("@touchpoints/widgets/runtime"))

    const shopper = await shop.shopper()
    const loaded: string[] = []
    shopper.page.on("response", (answer) => {
      if (answer.request().resourceType() === "script") loaded.push(answer.url())
    })
    await shopper.open("/")
    const lazy = await Promise.all(loaded.filter((url) => !initial.includes(url)).map(gzipped))
    const widgets = lazy.filter((script) => script.text.includes(ELEMENT_CODE))
    expect(widgets).toHaveLength(1)

    const total = firstLoad.reduce((sum, script) => sum + script.gzip, 0)
    console.log(
      [
        `next build: ${(report.buildMs / 1000).toFixed(1)} s`,
        report.table,
        `home page first load (gzip -9): ${kb(total)} in ${firstLoad.length} scripts, of which the widgets' loader,`,
        `cart bridge and runtime config: ${kb(runtimeShare.reduce((sum, script) => sum + script.gzip, 0))}`,
        `(${runtimeShare.length} chunk); the widgets' elements after hydration: ${kb(widgets[0]?.gzip ?? 0)}`,
      ].join("\n")
    )
    expect(shopper.problems).toEqual([])
  })
})

describe("typings", () => {
  it("should pass tsc --noEmit (bundler and node module resolution) with every element in JSX and the misuses of src/typings-check.tsx", () => {
    const check = spawnSync("npm", ["run", "typecheck", "--silent"], { cwd: EXAMPLE, encoding: "utf8" })
    const errors = `${check.stdout}${check.stderr}`.split("\n").filter((line) => line.includes("error"))
    expect({ status: check.status, errors }).toEqual({ status: 0, errors: [] })
  })
})
