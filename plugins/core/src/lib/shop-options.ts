import { z } from "@medusajs/framework/zod"

/** Production is NODE_ENV=production (as Medusa's own config checks decide). */
export const isProductionEnv = (): boolean => process.env.NODE_ENV === "production"

/** Where links go while developing (Medusa's starter storefront and server ports). */
export const DEV_STOREFRONT_URL = "http://localhost:8000"
export const DEV_BACKEND_URL = "http://localhost:9000"

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/
const httpUrl = (what: string) =>
  z.url({
    protocol: /^https?$/,
    error: (issue) => (issue.input === undefined ? `required in production: ${what}` : `expected ${what}`),
  })
const required = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `required: ${what}` : `expected ${what}`) })

/** How to make a signing secret: every message about one says it. */
export const MAKE_A_SECRET = "make one with `openssl rand -base64 48`"

/**
 * Secrets anyone can read (earlier demo defaults, Medusa's starter value, the test suite's own): whoever knows
 * one can sign any link of a store using it. Refused in production, warned about elsewhere. The one list.
 */
export const DEMO_SIGNING_SECRETS: readonly string[] = [
  "touchpoints-demo-signing-secret",
  "touchpoints-demo-signing-secret-not-for-real-shops",
  "touchpoints-test-signing-secret-not-for-real-shops",
  "supersecret",
  "secret",
  "changeme",
  "replace-me-with-the-output-of-openssl-rand-hex-32",
]

export const isDemoSecret = (value: string): boolean => DEMO_SIGNING_SECRETS.includes(value.trim())

/**
 * A signing secret: 32+ characters (so 32+ bytes); in production (`production`, or NODE_ENV=production when
 * left out: the touchpoint plugins' own schemas decide when they parse) never a public demo value.
 */
export function signingSecretSchema(production?: boolean) {
  return required(`a random string of 32+ characters (${MAKE_A_SECRET})`)
    .min(32, `expected a random string of 32+ characters (${MAKE_A_SECRET})`)
    .refine((value) => !((production ?? isProductionEnv()) && isDemoSecret(value)), {
      message: `is a public demo value, refused when NODE_ENV=production: ${MAKE_A_SECRET}`,
    })
}

/** Paths of options named `secret` / `previousSecrets` holding a public demo value (for a warning outside production). */
export function demoSecretPaths(options: unknown, path: string[] = []): string[] {
  if (!options || typeof options !== "object") return []
  return Object.entries(options).flatMap(([key, value]) => {
    const here = [...path, key]
    if (key === "secret" && typeof value === "string") return isDemoSecret(value) ? [here.join(".")] : []
    if (key === "previousSecrets" && Array.isArray(value)) {
      return value.flatMap((item, index) =>
        typeof item === "string" && isDemoSecret(item) ? [`${here.join(".")}.${index}`] : []
      )
    }
    return Array.isArray(value) ? [] : demoSecretPaths(value, here)
  })
}

/**
 * The shop's identity (core option `shop`): the name and address every email shows, where links go, who mails.
 * In production the URLs and the postal address are required (links to localhost would reach shoppers; marketing
 * email must carry a postal address); in development the URLs default to Medusa's local ports.
 */
export function shopOptionsSchema(production: boolean) {
  const storefront = "the storefront's public URL, e.g. https://shop.example"
  const backend = "this Medusa server's public URL, e.g. https://api.shop.example"
  return z
    .object(
      {
        name: required("the shop's name, shown in every email").min(1, "expected the shop's name"),
        storefrontUrl: production ? httpUrl(storefront) : httpUrl(storefront).default(DEV_STOREFRONT_URL),
        backendUrl: production ? httpUrl(backend) : httpUrl(backend).default(DEV_BACKEND_URL),
        /** The From header; unset: the SMTP provider's `from`. */
        from: z.string().min(3, 'expected an address like "My Shop <shop@shop.example>"').optional(),
        replyTo: z.string().min(3, "expected an address like help@shop.example").optional(),
        /** The footer of every email (CAN-SPAM, GDPR); required in production. */
        postalAddress: production
          ? z
              .string({ error: "required in production: the shop's postal address, shown in every email's footer" })
              .min(1)
          : z.string().min(1).optional(),
        logoUrl: z.url().optional(),
        primaryColor: z.string().regex(HEX_COLOUR, "expected a colour like #1f6feb").default("#1f6feb"),
        textColor: z.string().regex(HEX_COLOUR, "expected a colour like #1f2328").default("#1f2328"),
        backgroundColor: z.string().regex(HEX_COLOUR, "expected a colour like #f6f8fa").default("#f6f8fa"),
      },
      {
        error: (issue) =>
          issue.input === undefined
            ? "required: the shop's identity { name, storefrontUrl, backendUrl, postalAddress, ... }"
            : "expected an object { name, storefrontUrl, backendUrl, ... }",
      }
    )
    .strict()
}

export type ShopIdentity = {
  name: string
  storefrontUrl: string
  backendUrl: string
  from?: string
  replyTo?: string
  postalAddress?: string
  logoUrl?: string
  primaryColor: string
  textColor: string
  backgroundColor: string
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"])

/** Warnings for shop URLs that point at this machine: fine for a local demo, wrong for shoppers in production. */
export function localShopUrlWarnings(shop: Pick<ShopIdentity, "storefrontUrl" | "backendUrl">): string[] {
  return (["storefrontUrl", "backendUrl"] as const)
    .filter((key) => LOCAL_HOSTS.has(new URL(shop[key]).hostname))
    .map(
      (key) =>
        `@touchpoints/core: shop.${key} ${shop[key]} points at this machine: links in emails will not reach shoppers`
    )
}
