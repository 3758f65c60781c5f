// The catalogue's shape as session SQL functions, so every family (orders, carts, saved items, visitor events)
// derives the same product facts from a product's number without joining the product table.
//
// Products are numbered 1..P and sit in leaf categories in runs (leaf L holds a contiguous range): a product's
// neighbours in its leaf are what it is bought with. Popularity is a permutation of the numbers (rank r is
// product tp_popular(r)), so popular products are spread over the whole tree.

/** Installs tp_leaf_of/tp_leaf_start/tp_leaf_size, tp_brand_of, tp_popular, tp_pick, tp_price_of, tp_title_of. */
export async function installCatalogShape(client, sizes) {
  const P = sizes.products
  const leaves = sizes.topCategories * sizes.subcategoriesPerTop * sizes.leavesPerSubcategory
  const sql = (name, args, body, returns = "bigint") =>
    `CREATE OR REPLACE FUNCTION pg_temp.${name}(${args}) RETURNS ${returns} LANGUAGE sql IMMUTABLE AS $$ ${body} $$;`
  await client.query(
    [
      sql("tp_leaf_of", "p bigint", `SELECT ((p - 1) * ${leaves}) / ${P}`),
      sql("tp_leaf_start", "l bigint", `SELECT (l * ${P}) / ${leaves} + 1`),
      sql("tp_leaf_size", "l bigint", `SELECT ((l + 1) * ${P}) / ${leaves} - (l * ${P}) / ${leaves}`),
      // a leaf has about five brands; a brand spans a few leaves
      sql("tp_brand_of", "p bigint", `SELECT (pg_temp.tp_leaf_of(p) * 7 + p % 5) % ${sizes.brands} + 1`),
      // 7919 is prime and P a product of small primes: multiplying permutes 1..P
      sql("tp_popular", "r bigint", `SELECT ((r - 1) * 7919) % ${P} + 1`),
      // a product drawn by popularity: the top ranks far more often (a long tail)
      sql(
        "tp_pick",
        "seed bigint, salt int",
        `SELECT pg_temp.tp_popular(1 + floor(${P} * pg_temp.tp_rnd(seed, salt) ^ 2.5)::bigint)`
      ),
      // the neighbour `offset` places after p in p's leaf (wrapping inside the leaf)
      sql(
        "tp_neighbour",
        "p bigint, step bigint",
        `SELECT pg_temp.tp_leaf_start(pg_temp.tp_leaf_of(p))
           + (p - pg_temp.tp_leaf_start(pg_temp.tp_leaf_of(p)) + step) % greatest(pg_temp.tp_leaf_size(pg_temp.tp_leaf_of(p)), 1)`
      ),
      sql("tp_price_of", "p bigint", "SELECT round((4.95 + 295 * pg_temp.tp_rnd(p, 11) ^ 2)::numeric, 2)", "numeric"),
      sql(
        "tp_title_of",
        "p bigint",
        `SELECT (ARRAY['Classic','Compact','Deluxe','Everyday','Field','Heritage','Light','Nordic','Pro','Studio','Travel','Urban'])[1 + p % 12]
           || ' ' || (ARRAY['Backpack','Blender','Bottle','Candle','Chair','Grinder','Jacket','Kettle','Lamp','Mug','Notebook','Pan','Pillow','Scarf','Sneaker','Speaker','Teapot','Throw','Towel','Watch'])[1 + (p / 12) % 20]
           || ' ' || p`,
        "text"
      ),
    ].join("\n")
  )
  return { leaves }
}
