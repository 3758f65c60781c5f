import { THEMES } from "./catalog-data"
import { COUNTRIES, type CountryDef, FIRST_NAMES, LAST_NAMES, STREETS } from "./names"
import type { Rng } from "./prng"

export type AddressPlan = {
  first_name: string
  last_name: string
  address_1: string
  city: string
  postal_code: string
  country_code: string
  province?: string
  phone: string
}

export type CustomerPlan = {
  index: number
  email: string
  first_name: string
  last_name: string
  hasAccount: boolean
  region: "eu" | "us"
  address: AddressPlan
  /** favourite theme, second theme */
  interests: [string, string]
  /** relative share of the orders (0 = never ordered) */
  activity: number
  /** the customer exists since this many days */
  signupDaysAgo: number
  /** orders only between signupDaysAgo and this (lapsed customers stopped buying) */
  lastActiveDaysAgo: number
  /** fixed number of orders (personas), else sampled by activity */
  fixedOrders?: number
  persona?: string
}

export const CUSTOMER_COUNT = 240
export const ACCOUNT_PASSWORD = "supersecret"

const ascii = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "")

/** Personas for demos: log in as shopperN@example.com / supersecret. */
const PERSONAS: Partial<CustomerPlan>[] = [
  // loyal coffee and tea buyer, orders all year
  {
    persona: "loyal",
    first_name: "Sophie",
    last_name: "Weber",
    interests: ["coffee", "tea"],
    fixedOrders: 14,
    signupDaysAgo: 400,
    lastActiveDaysAgo: 2,
  },
  // outdoor buyer, a few big orders
  {
    persona: "outdoor",
    first_name: "James",
    last_name: "Walker",
    interests: ["hiking", "camp"],
    fixedOrders: 6,
    signupDaysAgo: 300,
    lastActiveDaysAgo: 9,
  },
  // lapsed: bought yoga and spa things, nothing for seven months
  {
    persona: "lapsed",
    first_name: "Camille",
    last_name: "Moreau",
    interests: ["yoga", "bath"],
    fixedOrders: 3,
    signupDaysAgo: 360,
    lastActiveDaysAgo: 210,
  },
  // new account, never ordered
  {
    persona: "new",
    first_name: "Daan",
    last_name: "Visser",
    interests: ["balcony", "picnic"],
    fixedOrders: 0,
    signupDaysAgo: 3,
    lastActiveDaysAgo: 0,
  },
  // one order, and an abandoned cart (see plan-carts)
  {
    persona: "cart",
    first_name: "Olivia",
    last_name: "Harris",
    interests: ["chef", "coffee"],
    fixedOrders: 1,
    signupDaysAgo: 150,
    lastActiveDaysAgo: 40,
  },
]

const personaCountry = ["de", "us", "fr", "nl", "us"]

function address(rng: Rng, first: string, last: string, country: CountryDef): AddressPlan {
  const cityIndex = rng.int(0, country.cities.length - 1)
  const [city, postal] = country.cities[cityIndex]
  return {
    first_name: first,
    last_name: last,
    address_1: `${rng.pick(STREETS)} ${rng.int(1, 140)}`,
    city,
    postal_code: postal,
    country_code: country.code,
    province: country.province?.[cityIndex],
    phone: `${country.phonePrefix} ${rng.int(100, 999)} ${rng.int(100000, 999999)}`,
  }
}

export function planCustomers(rng: Rng): CustomerPlan[] {
  const themeKeys = THEMES.map((t) => t.key)
  const neighbours = new Map(THEMES.map((t) => [t.key, t.neighbours]))
  const countryWeights = COUNTRIES.map((c) => c.weight)
  const customers: CustomerPlan[] = []

  for (let i = 0; i < CUSTOMER_COUNT; i++) {
    const persona = PERSONAS[i]
    const country = persona
      ? (COUNTRIES.find((c) => c.code === personaCountry[i]) as CountryDef)
      : rng.weighted(COUNTRIES, countryWeights)
    const first = persona?.first_name ?? rng.pick(FIRST_NAMES)
    const last = persona?.last_name ?? rng.pick(LAST_NAMES)
    const primary = rng.pick(themeKeys)
    const secondary = rng.chance(0.6) ? rng.pick(neighbours.get(primary) ?? themeKeys) : rng.pick(themeKeys)
    // skewed activity: most customers order now and then, a few every other week; 12% never
    const activity = rng.chance(0.12) ? 0 : Math.min(3, 0.25 + -Math.log(1 - rng.next()))
    const signupDaysAgo = rng.int(0, 420)
    const lapsed = rng.chance(0.18)
    const lastActiveDaysAgo = lapsed ? Math.min(signupDaysAgo, rng.int(120, 300)) : 0
    const hasAccount = persona ? true : rng.chance(0.3)

    customers.push({
      index: i,
      email: persona ? `shopper${i + 1}@example.com` : `${ascii(first)}.${ascii(last)}.${i + 1}@example.com`,
      first_name: first,
      last_name: last,
      hasAccount,
      region: country.code === "us" ? "us" : "eu",
      address: address(rng, first, last, country),
      interests: (persona?.interests as [string, string]) ?? [
        primary,
        secondary === primary ? rng.pick(themeKeys) : secondary,
      ],
      activity: persona ? 0 : activity,
      signupDaysAgo: persona?.signupDaysAgo ?? signupDaysAgo,
      lastActiveDaysAgo: persona?.lastActiveDaysAgo ?? lastActiveDaysAgo,
      fixedOrders: persona?.fixedOrders,
      persona: persona?.persona,
    })
  }
  return customers
}
