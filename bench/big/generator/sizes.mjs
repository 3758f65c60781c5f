// How big the big shop is at a scale: 1 is the shop (50,000 products, 1,000,000 orders...), CI runs a
// small fraction of it through the same code.

/** Row counts of every family at `scale` (at least a handful of each, so a tiny scale still has structure). */
export function bigShopSizes(scale) {
  const of = (full, least) => Math.max(least, Math.round(full * scale))
  const products = of(50_000, 60)
  return {
    products,
    variants: Math.round(products * 2.4),
    brands: of(200, 5),
    topCategories: 10,
    subcategoriesPerTop: 8,
    leavesPerSubcategory: Math.max(1, Math.min(8, Math.round(8 * scale * 10))),
    customers: of(200_000, 50),
    orders: of(1_000_000, 200),
    profiles: of(300_000, 80),
    events: of(5_000_000, 1_000),
    savedItems: of(50_000, 40),
    openCarts: of(20_000, 30),
    months: 24,
  }
}
