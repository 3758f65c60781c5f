import {
  BRANDS,
  CATEGORIES,
  COLLECTIONS,
  COMPLEMENTS,
  type ProductFlag,
  SUBCATEGORY_BRANDS,
  SUBCATEGORY_TYPE,
  THEMES,
} from "./catalog-data"
import { toSeedHandle } from "./handles"
import type { Rng } from "./prng"

export type VariantPlan = {
  title: string
  sku: string
  options: Record<string, string>
  eur: number
  usd: number
  stock: number
  allowBackorder: boolean
}

export type ProductPlan = {
  index: number
  handle: string
  title: string
  description: string
  sub: string
  parent: string
  theme: string
  alsoThemes: string[]
  brand: string
  type: string
  tags: string[]
  collection: string | null
  flags: Set<ProductFlag>
  status: "published" | "draft"
  discontinued: boolean
  /** relative sales weight inside its theme (first products of a theme sell most) */
  popularity: number
  option: { title: string; values: string[] }
  variants: VariantPlan[]
  thumbnail: string
}

export type CatalogPlan = {
  products: ProductPlan[]
  byHandle: Map<string, ProductPlan>
  byTheme: Map<string, ProductPlan[]>
  complements: Map<string, { handle: string; p: number }[]>
}

const DEFAULT_OPTION = { title: "Default option", values: ["Default option value"] }

const usdFromEur = (eur: number) => Math.max(Math.round(eur * 1.1) - 0.01, 0.99)

const ADJECTIVES = [
  "Hard-wearing",
  "Beautifully simple",
  "Quietly clever",
  "Well-made",
  "Honest",
  "Timeless",
  "Thoughtful",
]

export function planCatalog(rng: Rng): CatalogPlan {
  const parentOf = new Map<string, string>()
  for (const top of CATEGORIES) {
    for (const child of top.children) {
      parentOf.set(child.handle, top.handle)
    }
  }
  const collectionOf = new Map<string, string>()
  for (const c of COLLECTIONS) {
    for (const t of c.themes) {
      collectionOf.set(t, c.handle)
    }
  }
  const brandNames = new Map(BRANDS.map((b) => [b.handle, b.name]))
  const perSubCount = new Map<string, number>()
  const products: ProductPlan[] = []

  for (const theme of THEMES) {
    theme.products.forEach((def, rank) => {
      const handle = toSeedHandle(def.title)
      const parent = parentOf.get(def.sub)
      if (!parent) {
        throw new Error(`seed catalogue: unknown subcategory ${def.sub} for ${def.title}`)
      }
      const flags = new Set(def.flags ?? [])
      // brands alternate inside a subcategory (mostly the main brand), so alternatives span brands
      const n = perSubCount.get(def.sub) ?? 0
      perSubCount.set(def.sub, n + 1)
      const [mainBrand, secondBrand] = SUBCATEGORY_BRANDS[def.sub]
      const brand = n % 3 === 2 || (n > 0 && rng.chance(0.2)) ? secondBrand : mainBrand

      const option = def.option ? { title: def.option[0], values: def.option[1] } : DEFAULT_OPTION
      const discontinued = flags.has("discontinued")
      const variants: VariantPlan[] = option.values.map((value, i) => {
        const eur = Math.round((def.eur + i * (def.step ?? 0)) * 100) / 100
        let stock = rng.int(8, 140)
        let allowBackorder = false
        if (discontinued || flags.has("soldout") || (flags.has("soldout1") && i === 0)) {
          stock = 0
        } else if (flags.has("backorder")) {
          stock = 0
          allowBackorder = true
        } else if (flags.has("lowstock")) {
          stock = rng.int(2, 4)
        }
        const abbrev = handle
          .split("-")
          .filter((w) => /^[a-z]/.test(w))
          .map((w) => w.slice(0, 3))
          .join("")
          .toUpperCase()
          .slice(0, 9)
        return {
          title: def.option ? value : "Default variant",
          sku: `TP-${String(products.length + 1).padStart(3, "0")}-${abbrev}-${i + 1}`,
          options: { [option.title]: value },
          eur,
          usd: usdFromEur(eur),
          stock,
          allowBackorder,
        }
      })

      const tags = [theme.key, ...(def.also ?? [])]
      if (rank < 2) {
        tags.push("bestseller")
      }
      if (flags.has("consumable")) {
        tags.push("refill")
      }
      if (def.eur >= 40 && def.eur <= 90 && rng.chance(0.3)) {
        tags.push("gift-idea")
      }

      const brandName = brandNames.get(brand) ?? brand
      const adjective = rng.pick(ADJECTIVES)
      products.push({
        index: products.length,
        handle,
        title: def.title,
        description: `${adjective} ${def.title.toLowerCase()} by ${brandName}. ${theme.blurb}${
          discontinued ? " This product is no longer made." : ""
        }`,
        sub: def.sub,
        parent,
        theme: theme.key,
        alsoThemes: def.also ?? [],
        brand,
        type: SUBCATEGORY_TYPE[def.sub],
        tags,
        collection: collectionOf.get(theme.key) ?? null,
        flags,
        status: flags.has("draft") ? "draft" : "published",
        discontinued,
        popularity: 1 / (rank + 1) ** 0.8,
        option,
        variants,
        thumbnail: `https://placehold.co/800x800/png?text=${encodeURIComponent(def.title)}`,
      })
    })
  }

  const byHandle = new Map<string, ProductPlan>()
  for (const p of products) {
    if (byHandle.has(p.handle)) {
      throw new Error(`seed catalogue: duplicate handle ${p.handle}`)
    }
    byHandle.set(p.handle, p)
  }
  const byTheme = new Map<string, ProductPlan[]>()
  for (const p of products) {
    for (const t of [p.theme, ...p.alsoThemes]) {
      const list = byTheme.get(t) ?? []
      list.push(p)
      byTheme.set(t, list)
    }
  }
  const complements = new Map<string, { handle: string; p: number }[]>()
  for (const [a, b, p] of COMPLEMENTS) {
    if (!byHandle.has(a) || !byHandle.has(b)) {
      throw new Error(`seed catalogue: complement ${a} -> ${b} names an unknown handle`)
    }
    const list = complements.get(a) ?? []
    list.push({ handle: b, p })
    complements.set(a, list)
  }
  return { products, byHandle, byTheme, complements }
}
