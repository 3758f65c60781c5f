import { z } from "@medusajs/framework/zod"

/**
 * The `email` section of the core plugin's options: the email core every flow shares. Who sends, the footer and
 * the links come from core's `shop` and `secret` (see lib/shop-options.ts).
 */
export const emailOptionsSchema = z
  .object({
    /** A folder whose `<template>/[<locale>/]{html,text,subject}.hbs` files replace the shipped templates. */
    templatesDir: z.string().min(1).optional(),
    defaultLocale: z.string().min(2).default("en"),
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
    /**
     * Days an unsubscribe link works. CAN-SPAM requires an opt-out mechanism to work for at least 30 days after
     * the message was sent; a year covers people who open old mail, and a leaked link still stops working.
     */
    unsubscribeLinkDays: z.number().int().min(30).max(3650).default(365),
    /**
     * Consent (see README "Consent"). Marketing flows count an opt-in nobody can vouch for (a guest's cart form)
     * only after the address confirms it through a signed, expiring link (double opt-in). `singleOptInFlows`
     * lets such an opt-in count at once for transactional-like flows (cart reminders): the shop owner's legal
     * call. A verified opt-out (unsubscribe link, logged-in customer, owner) is never lifted by an unverified opt-in.
     */
    consent: z
      .object({
        singleOptInFlows: z
          .array(z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be a flow name like "cart-recovery"'))
          .max(50)
          .default([]),
        /** How long a double-opt-in confirmation link works. */
        confirmationHours: z
          .number()
          .int()
          .min(1)
          .max(24 * 30)
          .default(72),
      })
      .strict()
      .prefault({}),
    /** A claim not sent within this many seconds (its worker died) is taken over by the retry job. */
    claimLeaseSeconds: z.number().int().min(10).max(86_400).default(300),
  })
  .strict()
  .prefault({})

export type EmailOptions = z.output<typeof emailOptionsSchema>
