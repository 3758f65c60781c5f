import { z } from "@medusajs/framework/zod"
import { parsePluginOptions } from "../../lib/plugin-options"

/** Options of the SMTP notification provider (medusa-config: notification module `providers[].options`). */
export const smtpOptionsSchema = z
  .object({
    channels: z.array(z.string()).default(["email"]),
    host: z.string().min(1).default("localhost"),
    port: z.number().int().min(1).max(65535).default(1025),
    /** true for implicit TLS (port 465); otherwise STARTTLS is used when the server offers it. */
    secure: z.boolean().default(false),
    /** Refuse to send without STARTTLS (recommended for any real SMTP relay). */
    requireTls: z.boolean().default(false),
    user: z.string().optional(),
    password: z.string().optional(),
    /** The From header when core's `shop.from` is not set (a message needs one of the two). */
    from: z.string().min(3, 'expected an address like "My Shop <shop@shop.example>"').optional(),
    /** Seconds to wait for the SMTP server to connect or answer before the attempt fails (and is retried). */
    timeoutSeconds: z.number().int().min(1).max(300).default(20),
  })
  .strict()

export type SmtpOptions = z.output<typeof smtpOptionsSchema>

export function parseSmtpOptions(raw: unknown): SmtpOptions {
  return parsePluginOptions("@touchpoints/core/providers/smtp", smtpOptionsSchema, raw, "docs/email.md#smtp-provider")
}
