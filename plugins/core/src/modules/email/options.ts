import { z } from "@medusajs/framework/zod"

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/

/** What every email's shared layout shows: the shop's identity (CAN-SPAM and GDPR want the postal address). */
const shopSchema = z
  .object({
    name: z.string().min(1).default("Touchpoints Demo Store"),
    url: z.url().default("http://localhost:9000/demo/"),
    logoUrl: z.url().optional(),
    primaryColor: z.string().regex(HEX_COLOUR, "must be a colour like #1f6feb").default("#1f6feb"),
    textColor: z.string().regex(HEX_COLOUR, "must be a colour like #1f2328").default("#1f2328"),
    backgroundColor: z.string().regex(HEX_COLOUR, "must be a colour like #f6f8fa").default("#f6f8fa"),
    postalAddress: z.string().min(1).default("Touchpoints Demo Store, 1 Example Street, 10115 Berlin, Germany"),
  })
  .strict()

/** The `email` section of the core plugin's options: the email core every flow shares. */
export const emailOptionsSchema = z
  .object({
    /** The From header of every message. */
    from: z.string().min(3).default("Touchpoints Demo Store <shop@touchpoints.local>"),
    /** Signs unsubscribe and flow links: set a real secret (32+ characters) outside the demo. */
    secret: z.string().min(16).default("touchpoints-demo-signing-secret"),
    /** Public base URL of this Medusa server, for the one-click unsubscribe link (`<publicUrl>/touchpoints/...`). */
    publicUrl: z.url().default("http://localhost:9000"),
    /** A folder whose `<template>/[<locale>/]{html,text,subject}.hbs` files replace the shipped templates. */
    templatesDir: z.string().min(1).optional(),
    defaultLocale: z.string().min(2).default("en"),
    shop: shopSchema.prefault({}),
    /** At most `maxMessages` marketing emails per address in any `windowHours`, across every flow. */
    frequencyCap: z
      .object({
        maxMessages: z.number().int().min(1).max(100).default(1),
        windowHours: z
          .number()
          .int()
          .min(1)
          .max(24 * 30)
          .default(24),
      })
      .strict()
      .prefault({}),
    /** Failed sends are retried after baseDelaySeconds x 4^(attempt-1), at most maxAttempts times in all. */
    retry: z
      .object({
        maxAttempts: z.number().int().min(1).max(20).default(6),
        baseDelaySeconds: z.number().int().min(1).max(86_400).default(60),
      })
      .strict()
      .prefault({}),
    /** A claim not sent within this many seconds (its worker died) is taken over by the retry job. */
    claimLeaseSeconds: z.number().int().min(10).max(86_400).default(300),
  })
  .strict()
  .prefault({})

export type EmailOptions = z.output<typeof emailOptionsSchema>
