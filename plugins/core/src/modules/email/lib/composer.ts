import { dirname, join } from "node:path"
import { inline } from "@css-inline/css-inline"
import { MedusaError } from "@medusajs/framework/utils"
import Ajv, { type ValidateFunction } from "ajv"
import Handlebars from "handlebars"
import type { EmailSettings } from "./settings"
import { createFileCache, findTemplateFile } from "./template-files"
import type { ComposedEmail } from "./types"
import { signUnsubscribeToken } from "./unsubscribe-token"

export type ComposeInput = {
  /** The template's folder name, e.g. "cart-reminder". */
  template: string
  /** The folder the flow ships its templates in (the owner's `templatesDir` is searched first). */
  templateRoot: string
  locale?: string
  data: Record<string, unknown>
  /** For marketing messages: the address and flow the one-click unsubscribe link and headers are for. */
  unsubscribe?: { address: string; flow: string }
}

/** The core package's own templates (the shared layout). */
const CORE_TEMPLATES = join(dirname(require.resolve("@touchpoints/core/package.json")), "templates")

/**
 * Renders a message from handlebars templates: subject, html body inside the shared layout (CSS inlined) and a
 * text part, after checking the data against the template's JSON schema. Compiled templates are cached.
 */
export class EmailComposer {
  private readonly handlebars = Handlebars.create()
  private readonly read = createFileCache()
  /** Where each template file was found (null: nowhere); templates do not move while the server runs. */
  private readonly located = new Map<string, string | null>()
  private readonly compiled = new Map<string, HandlebarsTemplateDelegate>()
  private readonly validators = new Map<string, ValidateFunction>()
  private readonly ajv = new Ajv({ allErrors: true, strict: false })

  constructor(private readonly options: EmailSettings) {
    registerHelpers(this.handlebars)
  }

  compose(input: ComposeInput): ComposedEmail & { locale: string } {
    const locale = input.locale || this.options.defaultLocale
    const roots = [this.options.templatesDir, input.templateRoot]
    this.validate(input, roots, locale)
    const unsubscribeUrl = input.unsubscribe ? this.unsubscribeUrl(input.unsubscribe) : undefined
    const context = { ...input.data, locale, shop: this.options.shop, unsubscribe_url: unsubscribeUrl }
    const subject = this.render(roots, input.template, locale, "subject.hbs", context).replace(/\s+/g, " ").trim()
    const body = this.render(roots, input.template, locale, "html.hbs", context)
    const textBody = this.render(roots, input.template, locale, "text.hbs", context)
    const layoutRoots = [this.options.templatesDir, CORE_TEMPLATES]
    const layoutContext = { ...context, subject, body: new Handlebars.SafeString(body), text_body: textBody }
    // email clients drop <style> blocks: every rule goes onto its elements (css-inline, native: ~0.1 ms a message)
    const html = inline(this.render(layoutRoots, "layout", locale, "html.hbs", layoutContext), {
      loadRemoteStylesheets: false,
    })
    const text = this.render(layoutRoots, "layout", locale, "text.hbs", layoutContext).trim()
    const headers: Record<string, string> = unsubscribeUrl
      ? { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
      : {}
    return { subject, html, text: `${text}\n`, headers, locale }
  }

  /** The one-click unsubscribe link: on this server (`shop.backendUrl`), signed with the suite's secret. */
  unsubscribeUrl(target: { address: string; flow: string }): string {
    const token = signUnsubscribeToken(this.options.keys, target.address, target.flow)
    return `${this.options.shop.backendUrl.replace(/\/+$/, "")}/touchpoints/unsubscribe/${token}`
  }

  private render(
    roots: readonly (string | undefined)[],
    template: string,
    locale: string,
    file: string,
    context: object
  ): string {
    const path = this.locate(roots, template, locale, file)
    if (!path) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Email template ${template}/${file} does not exist`)
    }
    let compiled = this.compiled.get(path)
    if (!compiled) {
      // text parts and subjects are not html: no entity escaping there
      compiled = this.handlebars.compile(this.read(path), { noEscape: !file.startsWith("html"), strict: false })
      this.compiled.set(path, compiled)
    }
    return compiled(context)
  }

  private locate(
    roots: readonly (string | undefined)[],
    template: string,
    locale: string,
    file: string
  ): string | null {
    const key = [...roots, template, locale, file].join("|")
    let path = this.located.get(key)
    if (path === undefined) {
      path = findTemplateFile(roots, template, locale, file)
      this.located.set(key, path)
    }
    return path
  }

  private validate(input: ComposeInput, roots: readonly (string | undefined)[], locale: string): void {
    const path = this.locate(roots.slice(1), input.template, locale, "schema.json")
    if (!path) return
    let validator = this.validators.get(path)
    if (!validator) {
      validator = this.ajv.compile(JSON.parse(this.read(path)))
      this.validators.set(path, validator)
    }
    if (!validator(input.data)) {
      const problems = (validator.errors ?? [])
        .slice(0, 5)
        .map((error) => `${error.instancePath || "(root)"} ${error.message ?? "is invalid"}`)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Email template ${input.template}: data does not match its schema: ${problems.join("; ")}`
      )
    }
  }
}

/** Building an Intl.NumberFormat costs far more than using one: one per locale and currency. */
const moneyFormats = new Map<string, Intl.NumberFormat>()

function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`
  let format = moneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency })
    moneyFormats.set(key, format)
  }
  return format
}

function registerHelpers(handlebars: typeof Handlebars): void {
  /** `{{money amount currency_code}}` in the message's locale, e.g. "€24.90" or "24,90 €". */
  handlebars.registerHelper(
    "money",
    function money(amount: unknown, currency: unknown, options: Handlebars.HelperOptions) {
      const locale = (options.data?.root?.locale as string | undefined) ?? "en"
      const code = String(currency ?? "").toUpperCase()
      const value = Number(amount)
      if (!code || !Number.isFinite(value)) return ""
      try {
        return moneyFormat(locale, code).format(value)
      } catch {
        return `${value.toFixed(2)} ${code}`
      }
    }
  )
  handlebars.registerHelper("eq", (left: unknown, right: unknown) => left === right)
}
