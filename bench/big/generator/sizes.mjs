// How big the big shop is at a scale: 1 is the shop (50,000 products, 1,000,000 orders...), CI runs a
// small fraction of it through the same code.

const clamp = (value, least, most) => Math.min(most, Math.max(least, value))

/** Row counts of every family at `scale` (at least a handful of each, so a tiny scale still has structure). */
export function bigShopSizes(scale) {
  const of = (full, least) => Math.max(least, Math.round(full * scale))
  const products = of(50_000, 60)
  return {
    products,
    variants: Math.round(products * 2.4),
    brands: of(200, 5),
    // a leaf holds about 78 products at scale 1 (10 x 8 x 8 leaves), and never fewer than ten neighbours
    topCategories: clamp(Math.round(products / 5_000), 2, 10),
    subcategoriesPerTop: 8,
    leavesPerSubcategory: clamp(Math.round(products / (clamp(Math.round(products / 5_000), 2, 10) * 8 * 78)), 1, 8),
    customers: of(200_000, 50),
    orders: of(1_000_000, 200),
    profiles: of(300_000, 80),
    events: of(5_000_000, 1_000),
    savedItems: of(50_000, 40),
    openCarts: of(20_000, 30),
    months: 24,
  }
}
