import { join } from "node:path"
import { configManager } from "@medusajs/framework/config"
import { checkPluginOptions } from "../check-plugin-options"
import { configuredPluginOptions, packageRootOf } from "../configured-plugin"

const CORE_ROOT = join(__dirname, "../../..")
const HOST_ROOT = join(CORE_ROOT, "../..")

const loadConfig = (plugins: unknown[]) =>
  configManager.loadConfig({
    projectConfig: { projectConfig: { http: { jwtSecret: "x", cookieSecret: "x" } }, plugins } as never,
    baseDir: HOST_ROOT,
    throwOnValidationError: false,
  })

describe("checkPluginOptions", () => {
  it("should do nothing while no config is loaded (unit tests)", () => {
    const parse = jest.fn()
    checkPluginOptions("@touchpoints/core", __dirname, parse)
    expect(parse).not.toHaveBeenCalled()
    expect(configuredPluginOptions("@touchpoints/core")).toEqual({ found: false })
  })

  it("should find the package folder of the calling file", () => {
    expect(packageRootOf("@touchpoints/core", __dirname)).toBe(CORE_ROOT)
    expect(packageRootOf("@touchpoints/no-such-plugin", __dirname)).toBeNull()
  })

  describe("with a loaded config", () => {
    it("should parse the plugin's own entry, matched by package name", () => {
      loadConfig(["@touchpoints/wishlist", { resolve: "@touchpoints/core", options: { secret: "s" } }])
      const parse = jest.fn()
      checkPluginOptions("@touchpoints/core", __dirname, parse)
      expect(parse).toHaveBeenCalledWith({ secret: "s" })
      expect(configuredPluginOptions("@touchpoints/wishlist")).toEqual({ found: true, options: {} })
    })

    it("should parse an entry whose resolve is a path to the package folder", () => {
      loadConfig([{ resolve: "./plugins/core", options: { secret: "by-path" } }])
      const parse = jest.fn()
      checkPluginOptions("@touchpoints/core", __dirname, parse)
      expect(parse).toHaveBeenCalledWith({ secret: "by-path" })
    })

    it("should leave an unregistered plugin alone", () => {
      loadConfig([{ resolve: "./plugins/wishlist", options: {} }])
      const parse = jest.fn()
      checkPluginOptions("@touchpoints/core", __dirname, parse)
      expect(parse).not.toHaveBeenCalled()
    })

    it("should let the parser's error through (it names the plugin and the option)", () => {
      loadConfig([{ resolve: "@touchpoints/core", options: { wrong: true } }])
      expect(() =>
        checkPluginOptions("@touchpoints/core", __dirname, () => {
          throw new Error("@touchpoints/core: invalid plugin options: wrong")
        })
      ).toThrow("@touchpoints/core: invalid plugin options: wrong")
    })
  })
})
