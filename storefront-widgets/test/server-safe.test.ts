import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { WIDGETS_ROOT } from "./helpers/server"

/** Runs an ES module snippet in a plain Node process (no DOM, no jest module system) and parses its JSON output. */
function runInNode(source: string): unknown {
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", source], {
    cwd: WIDGETS_ROOT,
    encoding: "utf8",
  })
  return JSON.parse(output)
}

describe("server-side import (Node, no DOM)", () => {
  it("should import dist/index.js without touching the DOM or registering anything", () => {
    const result = runInNode(`
      const before = Object.keys(globalThis).sort()
      const widgets = await import("./dist/index.js")
      widgets.track({ type: "page_view" })
      await widgets.flush()
      console.log(JSON.stringify({
        window: typeof window,
        customElements: typeof customElements,
        newGlobals: Object.keys(globalThis).sort().filter((key) => !before.includes(key)),
        classes: [typeof widgets.TpConsentElement, typeof widgets.TpConfigElement],
        tags: [widgets.TpConsentElement.tag, widgets.TpConfigElement.tag],
        money: widgets.formatMoney(12.5, "eur", "en-US"),
        visitor: widgets.getVisitorId(),
        consent: widgets.getConsent(),
      }))
    `)
    expect(result).toEqual({
      window: "undefined",
      customElements: "undefined",
      newGlobals: [],
      classes: ["function", "function"],
      tags: ["tp-consent", "tp-config"],
      money: "€12.50",
      visitor: null,
      consent: null,
    })
  })

  it("should also survive importing the self-registering entries on the server", () => {
    const result = runInNode(`
      const bundle = await import("./dist/touchpoints.js")
      const consent = await import("./dist/consent.js")
      console.log(JSON.stringify({ tp: typeof bundle.tp.track, consent: typeof consent.TpConsentElement, window: typeof window }))
    `)
    expect(result).toEqual({ tp: "function", consent: "function", window: "undefined" })
  })

  it("should import the wishlist entries on the server, where nothing is stored and no list is read", () => {
    const result = runInNode(`
      const before = Object.keys(globalThis).sort()
      const wishlist = await import("./dist/wishlist.js")
      const button = await import("./dist/wishlist-button.js")
      const library = await import("./dist/index.js")
      console.log(JSON.stringify({
        tags: [wishlist.TpWishlistElement.tag, wishlist.TpSaveForLaterElement.tag, button.TpWishlistButtonElement.tag],
        library: [typeof library.TpWishlistElement, typeof library.loadWishlists, typeof library.saveForLater],
        lists: await wishlist.loadWishlists(),
        token: wishlist.getWishlistToken(),
        merged: await wishlist.setCustomerToken("jwt").then(() => "settled"),
        newGlobals: Object.keys(globalThis).sort().filter((key) => !before.includes(key)),
      }))
    `)
    expect(result).toEqual({
      tags: ["tp-wishlist", "tp-save-for-later", "tp-wishlist-button"],
      library: ["function", "function", "function"],
      lists: [],
      token: null,
      merged: "settled",
      newGlobals: [],
    })
  })

  it("should import the recommendation entry on the server, where nothing is fetched or tracked", () => {
    const result = runInNode(`
      const before = Object.keys(globalThis).sort()
      const entry = await import("./dist/also-bought.js")
      const library = await import("./dist/index.js")
      entry.trackRecommendationClick({ placement: "also_bought", productId: "prod_1" })
      console.log(JSON.stringify({
        tags: [entry.TpAlsoBoughtElement.tag, entry.TpBundleElement.tag],
        library: [typeof library.TpAlsoBoughtElement, typeof library.TpBundleElement, typeof library.fetchAlsoBought],
        newGlobals: Object.keys(globalThis).sort().filter((key) => !before.includes(key)),
      }))
    `)
    expect(result).toEqual({
      tags: ["tp-also-bought", "tp-bundle"],
      library: ["function", "function", "function"],
      newGlobals: [],
    })
  })

  it("should import the offer entry on the server, where nothing is fetched, reported or read from a URL", () => {
    const result = runInNode(`
      const before = Object.keys(globalThis).sort()
      const entry = await import("./dist/offer.js")
      const library = await import("./dist/index.js")
      await entry.reportOfferEvent("tpoff_1", "shown")
      console.log(JSON.stringify({
        tag: entry.TpOfferElement.tag,
        library: [typeof library.TpOfferElement, typeof library.fetchOffer, typeof library.applyOfferToCart],
        token: entry.offerTokenFromUrl(),
        newGlobals: Object.keys(globalThis).sort().filter((key) => !before.includes(key)),
      }))
    `)
    expect(result).toEqual({
      tag: "tp-offer",
      library: ["function", "function", "function"],
      token: null,
      newGlobals: [],
    })
  })

  it("should import every browser entry the package exports on the server without touching a DOM", () => {
    // the Next.js entries need Next.js itself: the example storefront's server rendering covers them
    const manifest = JSON.parse(readFileSync(join(WIDGETS_ROOT, "package.json"), "utf8")) as {
      exports: Record<string, { import?: string } | string>
    }
    const entries = Object.values(manifest.exports)
      .map((target) => (typeof target === "string" ? undefined : target.import))
      .filter((file): file is string => Boolean(file) && !/\/next(-client)?\.js$/.test(String(file)))
    expect(entries.length).toBeGreaterThanOrEqual(11)
    const result = runInNode(`
      const before = Object.keys(globalThis).sort()
      const loaded = []
      for (const file of ${JSON.stringify(entries)}) loaded.push(typeof (await import(file)))
      console.log(JSON.stringify({
        loaded,
        window: typeof window,
        newGlobals: Object.keys(globalThis).sort().filter((key) => !before.includes(key)),
      }))
    `)
    expect(result).toEqual({ loaded: entries.map(() => "object"), window: "undefined", newGlobals: [] })
  })
})
