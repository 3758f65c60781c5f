/**
 * The demo catalogue: a lifestyle store (kitchen, home, outdoor, apparel, wellness, garden).
 *
 * Products are grouped in THEMES: things people buy together although they live in different categories
 * (a coffee grinder, mugs and filter papers). Orders are sampled mostly inside one theme, which is what gives
 * "others also bought" real structure; COMPLEMENTS add pairs that go together far more often still.
 * Within a subcategory there are several products of different brands and prices, so a sold-out or
 * discontinued product always has alternatives.
 */

export type CategoryDef = { handle: string; name: string; children: { handle: string; name: string }[] }

export const CATEGORIES: CategoryDef[] = [
  {
    handle: "kitchen",
    name: "Kitchen",
    children: [
      { handle: "cookware", name: "Cookware" },
      { handle: "coffee-tea", name: "Coffee & Tea" },
      { handle: "tableware", name: "Tableware" },
      { handle: "tools-storage", name: "Knives, Tools & Storage" },
    ],
  },
  {
    handle: "home",
    name: "Home",
    children: [
      { handle: "lighting", name: "Lighting" },
      { handle: "textiles", name: "Textiles" },
      { handle: "decor", name: "Decor & Candles" },
      { handle: "bath", name: "Bath" },
    ],
  },
  {
    handle: "outdoor",
    name: "Outdoor",
    children: [
      { handle: "camping", name: "Camping" },
      { handle: "hiking", name: "Hiking" },
      { handle: "cycling", name: "Cycling" },
    ],
  },
  {
    handle: "apparel",
    name: "Apparel",
    children: [
      { handle: "clothing", name: "Clothing" },
      { handle: "outerwear", name: "Outerwear" },
      { handle: "footwear", name: "Footwear" },
      { handle: "accessories", name: "Accessories" },
    ],
  },
  {
    handle: "wellness",
    name: "Wellness",
    children: [
      { handle: "yoga", name: "Yoga & Meditation" },
      { handle: "body-care", name: "Body Care" },
      { handle: "sleep", name: "Sleep" },
    ],
  },
  {
    handle: "garden",
    name: "Garden",
    children: [
      { handle: "planters", name: "Planters" },
      { handle: "garden-tools", name: "Garden Tools" },
      { handle: "seeds-care", name: "Seeds & Plant Care" },
    ],
  },
]

export type BrandDef = { handle: string; name: string; description: string }

export const BRANDS: BrandDef[] = [
  {
    handle: "ember-oak",
    name: "Ember & Oak",
    description: "Cast iron, carbon steel and wood for cooks who keep things.",
  },
  { handle: "brewline", name: "Brewline", description: "Coffee and tea gear, tuned in a small Hamburg roastery." },
  { handle: "kaolin-studio", name: "Kaolin Studio", description: "Hand-glazed stoneware and porcelain." },
  { handle: "alder-goods", name: "Alder Goods", description: "Everyday goods in natural materials." },
  { handle: "lumen-works", name: "Lumen Works", description: "Warm, dimmable light for small rooms." },
  { handle: "nordhaus", name: "Nordhaus", description: "Linen, wool and candles from the north." },
  { handle: "fjellsti", name: "Fjellsti", description: "Light, repairable gear for long days outside." },
  { handle: "northtrail", name: "Northtrail", description: "Outdoor essentials at honest prices." },
  { handle: "pedal-co", name: "Pedal & Co", description: "Commuter cycling kit that survives the rain." },
  { handle: "wool-wander", name: "Wool & Wander", description: "Merino and organic cotton clothing." },
  { handle: "solstice", name: "Solstice", description: "Yoga, sleep and body care with simple ingredients." },
  { handle: "verde-studio", name: "Verde Studio", description: "Planters and tools for balconies and small gardens." },
]

/** subcategory -> [main brand, second brand] (products of a subcategory alternate between them) */
export const SUBCATEGORY_BRANDS: Record<string, [string, string]> = {
  cookware: ["ember-oak", "alder-goods"],
  "coffee-tea": ["brewline", "kaolin-studio"],
  tableware: ["kaolin-studio", "alder-goods"],
  "tools-storage": ["ember-oak", "alder-goods"],
  lighting: ["lumen-works", "nordhaus"],
  textiles: ["nordhaus", "alder-goods"],
  decor: ["nordhaus", "alder-goods"],
  bath: ["nordhaus", "solstice"],
  camping: ["fjellsti", "northtrail"],
  hiking: ["fjellsti", "northtrail"],
  cycling: ["pedal-co", "northtrail"],
  clothing: ["wool-wander", "solstice"],
  outerwear: ["wool-wander", "fjellsti"],
  footwear: ["fjellsti", "wool-wander"],
  accessories: ["wool-wander", "northtrail"],
  yoga: ["solstice", "alder-goods"],
  "body-care": ["solstice", "nordhaus"],
  sleep: ["solstice", "nordhaus"],
  planters: ["verde-studio", "alder-goods"],
  "garden-tools": ["verde-studio", "ember-oak"],
  "seeds-care": ["verde-studio", "alder-goods"],
}

/** product type by subcategory */
export const SUBCATEGORY_TYPE: Record<string, string> = {
  cookware: "Homeware",
  "coffee-tea": "Homeware",
  tableware: "Homeware",
  "tools-storage": "Homeware",
  lighting: "Homeware",
  textiles: "Homeware",
  decor: "Homeware",
  bath: "Homeware",
  camping: "Gear",
  hiking: "Gear",
  cycling: "Gear",
  clothing: "Apparel",
  outerwear: "Apparel",
  footwear: "Apparel",
  accessories: "Apparel",
  yoga: "Gear",
  "body-care": "Care",
  sleep: "Care",
  planters: "Garden",
  "garden-tools": "Garden",
  "seeds-care": "Garden",
}

/**
 * Flags: consumable (bought again, quantity 1-3), draft (not published, never ordered), discontinued (metadata
 * discontinued, stock 0, only in orders older than ~100 days), soldout (every variant stock 0), soldout1 (the
 * first variant stock 0), backorder (stock 0 but backorderable), lowstock (a few left).
 */
export type ProductFlag = "consumable" | "draft" | "discontinued" | "soldout" | "soldout1" | "backorder" | "lowstock"

export type ProductDef = {
  title: string
  sub: string
  /** EUR price of the first variant */
  eur: number
  /** option title and up to 3 values; absent = one default variant */
  option?: [string, string[]]
  /** the variants get dearer by this much each (sizes) */
  step?: number
  flags?: ProductFlag[]
  /** other themes this product also belongs to (weaker) */
  also?: string[]
}

export type ThemeDef = {
  key: string
  name: string
  blurb: string
  /** ordered by popularity: the first products sell most */
  products: ProductDef[]
  /** themes people who buy this one also shop from */
  neighbours: string[]
}

const colors = (...v: string[]): [string, string[]] => ["Color", v]
const sizes = (...v: string[]): [string, string[]] => ["Size", v]

export const THEMES: ThemeDef[] = [
  {
    key: "coffee",
    name: "Slow Mornings: Coffee",
    blurb: "Made for a slow, good first cup.",
    neighbours: ["tea", "chef", "hygge"],
    products: [
      { title: "Ceramic Pour-Over Dripper", sub: "coffee-tea", eur: 24, option: colors("White", "Sand") },
      { title: "Unbleached Coffee Filters (100)", sub: "coffee-tea", eur: 6.5, flags: ["consumable"] },
      {
        title: "Gooseneck Pour-Over Kettle",
        sub: "coffee-tea",
        eur: 59,
        option: colors("Matte Black", "Brushed Steel"),
      },
      { title: "Hand Burr Coffee Grinder", sub: "coffee-tea", eur: 79, flags: ["discontinued"] },
      {
        title: "House Blend Coffee Beans 1 kg",
        sub: "coffee-tea",
        eur: 32,
        option: ["Grind", ["Whole Bean", "Filter Grind"]],
        flags: ["consumable"],
      },
      {
        title: "Single-Origin Ethiopia Beans 250 g",
        sub: "coffee-tea",
        eur: 12.9,
        option: ["Grind", ["Whole Bean", "Filter Grind"]],
        flags: ["consumable"],
      },
      { title: "Electric Burr Grinder", sub: "coffee-tea", eur: 149, flags: ["backorder"] },
      { title: "Digital Coffee Scale", sub: "coffee-tea", eur: 39 },
      { title: "Stoneware Espresso Cups (Set of 2)", sub: "tableware", eur: 22, option: colors("Ash", "Moss") },
      { title: "Double-Wall Glass Mug", sub: "tableware", eur: 18, option: sizes("250 ml", "350 ml"), step: 3 },
      { title: "Milk Frother Jug", sub: "coffee-tea", eur: 19, option: sizes("350 ml", "600 ml"), step: 4 },
      {
        title: "French Press 1 L",
        sub: "coffee-tea",
        eur: 35,
        option: colors("Copper", "Black"),
        flags: ["discontinued"],
      },
      { title: "Airtight Coffee Canister", sub: "tools-storage", eur: 26 },
    ],
  },
  {
    key: "tea",
    name: "Slow Mornings: Tea",
    blurb: "Loose leaf, proper pots and a quiet ten minutes.",
    neighbours: ["coffee", "sleep", "hygge"],
    products: [
      { title: "Cast Iron Teapot", sub: "coffee-tea", eur: 49, option: colors("Black", "Jade"), flags: ["backorder"] },
      { title: "Loose Leaf Sencha 100 g", sub: "coffee-tea", eur: 9.5, flags: ["consumable"] },
      { title: "Earl Grey Supreme 100 g", sub: "coffee-tea", eur: 9.9, flags: ["consumable"] },
      { title: "Chamomile Blossom Tea 80 g", sub: "coffee-tea", eur: 8.5, flags: ["consumable"], also: ["sleep"] },
      { title: "Porcelain Tea Cups (Set of 4)", sub: "tableware", eur: 29 },
      { title: "Ceremonial Matcha 30 g", sub: "coffee-tea", eur: 24, flags: ["consumable", "soldout"] },
      { title: "Matcha Whisk Set", sub: "coffee-tea", eur: 27 },
      { title: "Glass Teapot with Infuser", sub: "coffee-tea", eur: 34, flags: ["discontinued"] },
      { title: "Stainless Tea Strainer", sub: "tools-storage", eur: 7.9 },
      { title: "Bamboo Tea Tray", sub: "tableware", eur: 39 },
      { title: "Honey Jar with Dipper", sub: "tableware", eur: 14 },
      { title: "Tea Tin Trio", sub: "tools-storage", eur: 19 },
    ],
  },
  {
    key: "chef",
    name: "The Home Chef",
    blurb: "Tools that last a lifetime in a busy kitchen.",
    neighbours: ["coffee", "picnic"],
    products: [
      { title: "Chef's Knife 20 cm", sub: "tools-storage", eur: 89 },
      { title: "End-Grain Cutting Board", sub: "tools-storage", eur: 69, option: sizes("Medium", "Large"), step: 20 },
      { title: "Cast Iron Skillet", sub: "cookware", eur: 54, option: sizes("24 cm", "28 cm"), step: 12 },
      {
        title: "Enamelled Dutch Oven 5 L",
        sub: "cookware",
        eur: 139,
        option: colors("Cherry", "Slate", "Cream"),
        flags: ["soldout1"],
      },
      { title: "Whetstone 1000/6000", sub: "tools-storage", eur: 39 },
      { title: "Stainless Sauté Pan 28 cm", sub: "cookware", eur: 79 },
      { title: "Carbon Steel Wok", sub: "cookware", eur: 49 },
      { title: "Linen Apron", sub: "textiles", eur: 32, option: colors("Natural", "Indigo") },
      { title: "Glass Spice Jars (Set of 6)", sub: "tools-storage", eur: 24 },
      { title: "Magnetic Knife Strip", sub: "tools-storage", eur: 29 },
      { title: "Paring Knife 9 cm", sub: "tools-storage", eur: 34 },
      { title: "Olive Wood Spoon Set", sub: "tools-storage", eur: 22 },
      { title: "Cookbook Stand", sub: "tools-storage", eur: 27, flags: ["draft"] },
    ],
  },
  {
    key: "hygge",
    name: "Cosy Evenings",
    blurb: "Soft light, warm wool and a good chair.",
    neighbours: ["sleep", "tea", "bath"],
    products: [
      {
        title: "Merino Wool Throw",
        sub: "textiles",
        eur: 119,
        option: colors("Oat", "Charcoal", "Rust"),
        flags: ["soldout1"],
      },
      {
        title: "Soy Candle Cedar & Amber",
        sub: "decor",
        eur: 24,
        option: sizes("Small", "Large"),
        step: 14,
        flags: ["consumable"],
      },
      { title: "Linen Cushion Cover", sub: "textiles", eur: 29, option: colors("Sage", "Clay", "Ivory") },
      { title: "Brass Candle Holders (Pair)", sub: "decor", eur: 36 },
      { title: "Ceramic Table Lamp", sub: "lighting", eur: 129, option: colors("White", "Terracotta") },
      { title: "Felt Slippers", sub: "footwear", eur: 45, option: sizes("36-38", "39-41", "42-44") },
      { title: "Lounge Sweater", sub: "clothing", eur: 79, option: sizes("S", "M", "L") },
      { title: "Large Stoneware Mug", sub: "tableware", eur: 16, option: colors("Speckled", "Midnight") },
      { title: "Chunky Knit Pouf", sub: "decor", eur: 89 },
      { title: "Dimmable Floor Lamp", sub: "lighting", eur: 189, flags: ["lowstock"] },
      { title: "Sheepskin Rug", sub: "textiles", eur: 99, flags: ["backorder"] },
      { title: "Hot Water Bottle with Knit Cover", sub: "textiles", eur: 26, also: ["sleep"] },
    ],
  },
  {
    key: "hiking",
    name: "Trail Days",
    blurb: "Everything for a long day on the trail.",
    neighbours: ["camp", "winter", "cycling"],
    products: [
      {
        title: "Waterproof Hiking Boots",
        sub: "footwear",
        eur: 169,
        option: sizes("40", "42", "44"),
        flags: ["soldout1"],
      },
      {
        title: "Merino Hiking Socks (2-Pack)",
        sub: "accessories",
        eur: 24,
        option: sizes("S/M", "L/XL"),
        flags: ["consumable"],
      },
      { title: "Daypack 22 L", sub: "hiking", eur: 89, option: colors("Moss", "Black") },
      { title: "Carbon Trekking Poles", sub: "hiking", eur: 99 },
      { title: "Packable Rain Jacket", sub: "outerwear", eur: 129, option: sizes("S", "M", "L"), also: ["cycling"] },
      { title: "Insulated Water Bottle 750 ml", sub: "hiking", eur: 32, option: colors("Glacier", "Forest") },
      { title: "Softshell Trousers", sub: "outerwear", eur: 99, option: sizes("S", "M", "L") },
      { title: "Trail First-Aid Kit", sub: "hiking", eur: 29 },
      { title: "Wide-Brim Sun Hat", sub: "accessories", eur: 34, option: sizes("S/M", "L/XL") },
      { title: "Blister Care Kit", sub: "hiking", eur: 12, flags: ["consumable"] },
      { title: "Trail Map Case", sub: "hiking", eur: 15 },
      { title: "Baseplate Compass", sub: "hiking", eur: 27, flags: ["discontinued"] },
    ],
  },
  {
    key: "camp",
    name: "Camp Kitchen & Tent",
    blurb: "Sleep out, cook out, come back for more.",
    neighbours: ["hiking", "picnic"],
    products: [
      { title: "Compact Camping Stove", sub: "camping", eur: 49 },
      { title: "Gas Canister 230 g", sub: "camping", eur: 7.5, flags: ["consumable"] },
      { title: "Titanium Cook Pot 900 ml", sub: "camping", eur: 45 },
      { title: "Two-Person Tent", sub: "camping", eur: 249, flags: ["backorder"] },
      { title: "Self-Inflating Sleeping Mat", sub: "camping", eur: 79, option: sizes("Regular", "Long"), step: 15 },
      {
        title: "Down Sleeping Bag",
        sub: "camping",
        eur: 219,
        option: sizes("Regular", "Long"),
        step: 20,
        flags: ["soldout"],
      },
      { title: "Headlamp 400 lm", sub: "hiking", eur: 35, also: ["hiking"] },
      { title: "Enamel Camp Mugs (Set of 2)", sub: "camping", eur: 19, option: colors("Blue", "Cream") },
      { title: "Rechargeable Camp Lantern", sub: "camping", eur: 39 },
      { title: "Titanium Spork", sub: "camping", eur: 9 },
      { title: "Folding Camp Chair", sub: "camping", eur: 59 },
      { title: "Dry Bag 20 L", sub: "camping", eur: 22, option: colors("Orange", "Grey") },
    ],
  },
  {
    key: "cycling",
    name: "Urban Cyclist",
    blurb: "Ride to work in any weather.",
    neighbours: ["hiking", "winter"],
    products: [
      { title: "Rechargeable Bike Light Set", sub: "cycling", eur: 45 },
      { title: "Folding Bike Lock", sub: "cycling", eur: 69 },
      { title: "Commuter Helmet", sub: "cycling", eur: 89, option: sizes("S/M", "M/L") },
      { title: "Waterproof Pannier", sub: "cycling", eur: 79, option: colors("Black", "Mustard") },
      { title: "Full-Finger Cycling Gloves", sub: "accessories", eur: 29, option: sizes("S", "M", "L") },
      { title: "Mini Pump", sub: "cycling", eur: 25 },
      { title: "Cycling Rain Cape", sub: "outerwear", eur: 59 },
      { title: "Puncture Repair Kit", sub: "cycling", eur: 8, flags: ["consumable"] },
      { title: "Multi-Tool 16-in-1", sub: "cycling", eur: 29 },
      { title: "Reflective Ankle Bands", sub: "cycling", eur: 9 },
      { title: "Brass Bike Bell", sub: "cycling", eur: 12, option: colors("Brass", "Black"), flags: ["discontinued"] },
      { title: "Frame Bag", sub: "cycling", eur: 39, flags: ["draft"] },
    ],
  },
  {
    key: "yoga",
    name: "Yoga Flow",
    blurb: "A mat, two blocks and forty quiet minutes.",
    neighbours: ["bath", "sleep"],
    products: [
      {
        title: "Natural Rubber Yoga Mat",
        sub: "yoga",
        eur: 79,
        option: colors("Sage", "Plum", "Charcoal"),
        flags: ["soldout1"],
      },
      { title: "Cork Yoga Blocks (Pair)", sub: "yoga", eur: 29 },
      { title: "Cotton Yoga Strap", sub: "yoga", eur: 12 },
      { title: "High-Rise Leggings", sub: "clothing", eur: 59, option: sizes("S", "M", "L") },
      { title: "Meditation Cushion", sub: "yoga", eur: 59, option: colors("Indigo", "Rust") },
      { title: "Yoga Mat Towel", sub: "yoga", eur: 35 },
      { title: "Breathable Yoga Top", sub: "clothing", eur: 39, option: sizes("S", "M", "L") },
      { title: "Lavender Eye Pillow", sub: "yoga", eur: 19, also: ["sleep"] },
      { title: "Mat Cleaner Spray", sub: "yoga", eur: 11, flags: ["consumable"] },
      { title: "Yoga Mat Bag", sub: "yoga", eur: 34 },
      { title: "Tibetan Singing Bowl", sub: "yoga", eur: 49 },
      { title: "Aromatherapy Roll-On", sub: "body-care", eur: 14, flags: ["consumable"] },
    ],
  },
  {
    key: "bath",
    name: "Home Spa",
    blurb: "Turn the bathroom into the best room in the house.",
    neighbours: ["yoga", "sleep", "hygge"],
    products: [
      {
        title: "Organic Cotton Bath Towels (Set of 2)",
        sub: "bath",
        eur: 49,
        option: colors("White", "Stone", "Sage"),
      },
      { title: "Waffle Bathrobe", sub: "bath", eur: 89, option: sizes("S/M", "L/XL") },
      { title: "Dead Sea Bath Salts", sub: "body-care", eur: 18, flags: ["consumable"] },
      { title: "Olive Oil Soap Trio", sub: "body-care", eur: 15, flags: ["consumable"] },
      { title: "Body Oil Rose & Geranium", sub: "body-care", eur: 29, flags: ["consumable"] },
      { title: "Bamboo Bath Caddy", sub: "bath", eur: 45 },
      { title: "Scented Candle Fig", sub: "decor", eur: 28, flags: ["consumable"] },
      { title: "Linen Bath Mat", sub: "bath", eur: 39 },
      { title: "Eucalyptus Shower Bundle", sub: "bath", eur: 16, flags: ["consumable"] },
      { title: "Konjac Sponge", sub: "body-care", eur: 9, flags: ["consumable"] },
      { title: "Dry Body Brush", sub: "body-care", eur: 19 },
      { title: "Clay Face Mask", sub: "body-care", eur: 22, flags: ["draft"] },
    ],
  },
  {
    key: "sleep",
    name: "Sleep Well",
    blurb: "Better nights, from the sheets to the last cup of tea.",
    neighbours: ["hygge", "bath", "tea"],
    products: [
      {
        title: "Stonewashed Linen Duvet Cover",
        sub: "textiles",
        eur: 149,
        option: sizes("Single", "Double", "King"),
        step: 30,
      },
      { title: "Linen Pillowcases (Pair)", sub: "textiles", eur: 45, option: colors("White", "Sage", "Clay") },
      { title: "Mulberry Silk Sleep Mask", sub: "sleep", eur: 29 },
      { title: "Lavender Pillow Mist", sub: "sleep", eur: 19, flags: ["consumable"] },
      { title: "Buckwheat Pillow", sub: "sleep", eur: 69 },
      { title: "Weighted Blanket 7 kg", sub: "sleep", eur: 159, flags: ["soldout"] },
      { title: "Bedside Reading Lamp", sub: "lighting", eur: 79, option: colors("Brass", "Black") },
      { title: "Bedtime Herbal Tea", sub: "coffee-tea", eur: 9, flags: ["consumable"], also: ["tea"] },
      { title: "Magnesium Body Lotion", sub: "body-care", eur: 24, flags: ["consumable"] },
      { title: "Cotton Pyjama Set", sub: "clothing", eur: 69, option: sizes("S", "M", "L") },
      { title: "Sunrise Alarm Clock", sub: "sleep", eur: 89, flags: ["discontinued"] },
      { title: "White Noise Machine", sub: "sleep", eur: 49, flags: ["draft"] },
    ],
  },
  {
    key: "balcony",
    name: "Balcony Garden",
    blurb: "Herbs, flowers and a little green on a small balcony.",
    neighbours: ["picnic", "chef"],
    products: [
      {
        title: "Terracotta Planter Set",
        sub: "planters",
        eur: 39,
        option: sizes("Small", "Medium", "Large"),
        step: 10,
      },
      { title: "Organic Potting Soil 20 L", sub: "seeds-care", eur: 12, flags: ["consumable"] },
      { title: "Culinary Herb Seed Kit", sub: "seeds-care", eur: 19 },
      { title: "Self-Watering Herb Planter", sub: "planters", eur: 49 },
      { title: "Brass Watering Can", sub: "garden-tools", eur: 45, flags: ["soldout"] },
      { title: "Pruning Shears", sub: "garden-tools", eur: 35 },
      { title: "Leather Garden Gloves", sub: "garden-tools", eur: 25, option: sizes("S", "M", "L") },
      { title: "Liquid Plant Food 500 ml", sub: "seeds-care", eur: 9, flags: ["consumable"] },
      { title: "Balcony Rail Planter", sub: "planters", eur: 34, option: colors("Terracotta", "Anthracite") },
      { title: "Macramé Hanging Planter", sub: "planters", eur: 29 },
      { title: "Hand Trowel & Fork Set", sub: "garden-tools", eur: 29 },
      { title: "Wildflower Seed Bombs", sub: "seeds-care", eur: 14, flags: ["consumable"] },
    ],
  },
  {
    key: "picnic",
    name: "Summer Picnic",
    blurb: "Long evenings outside, food for six.",
    neighbours: ["camp", "balcony", "chef"],
    products: [
      { title: "Waterproof Picnic Blanket", sub: "textiles", eur: 59, option: colors("Navy Check", "Green Check") },
      { title: "Insulated Cooler Bag", sub: "camping", eur: 49 },
      { title: "Enamel Plates (Set of 4)", sub: "tableware", eur: 34, option: colors("White", "Blue Rim") },
      { title: "Stainless Tumblers (Set of 4)", sub: "tableware", eur: 29 },
      { title: "Wicker Picnic Basket", sub: "decor", eur: 79, flags: ["lowstock"] },
      { title: "Linen Napkins (Set of 4)", sub: "textiles", eur: 24, option: colors("Natural", "Terracotta") },
      { title: "Outdoor String Lights", sub: "lighting", eur: 39 },
      { title: "Travel Cutting Board & Knife", sub: "tools-storage", eur: 29 },
      { title: "Glass Bottle with Sleeve", sub: "tableware", eur: 19 },
      { title: "Citronella Candle Tin", sub: "decor", eur: 14, flags: ["consumable"] },
      { title: "Bamboo Cutlery Set", sub: "tableware", eur: 16 },
      { title: "Folding Side Table", sub: "camping", eur: 69, flags: ["draft"] },
    ],
  },
  {
    key: "winter",
    name: "Winter Walks",
    blurb: "Warm layers for cold, bright days.",
    neighbours: ["hiking", "hygge", "cycling"],
    products: [
      { title: "Merino Beanie", sub: "accessories", eur: 29, option: colors("Charcoal", "Ochre", "Forest") },
      { title: "Lambswool Scarf", sub: "accessories", eur: 49, option: colors("Grey", "Camel") },
      { title: "Down Parka", sub: "outerwear", eur: 249, option: sizes("S", "M", "L") },
      { title: "Thermal Base Layer", sub: "clothing", eur: 59, option: sizes("S", "M", "L") },
      { title: "Insulated Winter Boots", sub: "footwear", eur: 159, option: sizes("40", "42", "44") },
      { title: "Touchscreen Gloves", sub: "accessories", eur: 25, option: sizes("S/M", "L/XL") },
      { title: "Fleece Jacket", sub: "outerwear", eur: 89, option: sizes("S", "M", "L") },
      { title: "Vacuum Flask 1 L", sub: "hiking", eur: 39 },
      { title: "Heavy Wool Socks (2-Pack)", sub: "accessories", eur: 22, flags: ["consumable"] },
      { title: "Beeswax Lip Balm", sub: "body-care", eur: 6, flags: ["consumable"] },
      { title: "Dark Hot Chocolate Mix", sub: "coffee-tea", eur: 8.9, flags: ["consumable"] },
      { title: "Rechargeable Hand Warmer", sub: "accessories", eur: 35, flags: ["discontinued"] },
    ],
  },
]

/**
 * Pairs bought together far more often than their themes explain: [if this is in the basket, add that, with
 * probability p]. Directional (filters are re-bought alone, a dripper almost never without filters).
 */
export const COMPLEMENTS: [string, string, number][] = [
  ["ceramic-pour-over-dripper", "unbleached-coffee-filters-100", 0.7],
  ["gooseneck-pour-over-kettle", "ceramic-pour-over-dripper", 0.45],
  ["hand-burr-coffee-grinder", "house-blend-coffee-beans-1-kg", 0.5],
  ["electric-burr-grinder", "single-origin-ethiopia-beans-250-g", 0.5],
  ["compact-camping-stove", "gas-canister-230-g", 0.75],
  ["compact-camping-stove", "titanium-cook-pot-900-ml", 0.45],
  ["chefs-knife-20-cm", "end-grain-cutting-board", 0.55],
  ["chefs-knife-20-cm", "whetstone-10006000", 0.35],
  ["natural-rubber-yoga-mat", "cork-yoga-blocks-pair", 0.6],
  ["natural-rubber-yoga-mat", "cotton-yoga-strap", 0.4],
  ["rechargeable-bike-light-set", "folding-bike-lock", 0.5],
  ["cast-iron-teapot", "loose-leaf-sencha-100-g", 0.5],
  ["ceremonial-matcha-30-g", "matcha-whisk-set", 0.7],
  ["terracotta-planter-set", "organic-potting-soil-20-l", 0.6],
  ["self-watering-herb-planter", "culinary-herb-seed-kit", 0.55],
  ["stonewashed-linen-duvet-cover", "linen-pillowcases-pair", 0.65],
  ["waterproof-hiking-boots", "merino-hiking-socks-2-pack", 0.6],
  ["waffle-bathrobe", "organic-cotton-bath-towels-set-of-2", 0.45],
  ["merino-beanie", "lambswool-scarf", 0.5],
  ["insulated-cooler-bag", "waterproof-picnic-blanket", 0.45],
  ["merino-wool-throw", "linen-cushion-cover", 0.4],
  ["soy-candle-cedar-amber", "brass-candle-holders-pair", 0.45],
  ["two-person-tent", "self-inflating-sleeping-mat", 0.55],
  ["down-parka", "merino-beanie", 0.35],
]

/** Named product collections (handle -> themes whose products it gathers). */
export const COLLECTIONS: { handle: string; title: string; themes: string[] }[] = [
  { handle: "slow-mornings", title: "Slow Mornings", themes: ["coffee", "tea"] },
  { handle: "into-the-wild", title: "Into the Wild", themes: ["hiking", "camp"] },
  { handle: "autumn-nest", title: "Autumn Nest", themes: ["hygge", "sleep"] },
]
