import { dirname, join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type SendEmailInput, sendEmailsWorkflow } from "@touchpoints/core/workflows"
import { SEGMENT_OFFERS_MODULE } from "../modules/segment-offers"
import { rankOffers } from "../modules/segment-offers/lib/pick-offer"
import type SegmentOffersModuleService from "../modules/segment-offers/service"
import { signOfferToken } from "./offer-token"
import { liveOffersOf, shopperSourcesOf } from "./shopper-sources"

/** The plugin's shipped email templates (an owner's `templatesDir` overrides them). */
export const OFFER_TEMPLATES = join(dirname(require.resolve("@touchpoints/segment-offers/package.json")), "templates")

/** Offer emails are marketing: consent, the frequency cap and unsubscribe apply (core email). */
export const OFFER_EMAIL_FLOW = "segment-offer"

const DAY_MS = 86_400_000

export const discountText = (discount: { type: string; value: number; currency_code: string | null }) =>
  discount.type === "percentage"
    ? `${discount.value}% off`
    : `${discount.value} ${(discount.currency_code ?? "").toUpperCase()} off`.replace(/\s+off$/, " off")

/**
 * `segmentsNow` holds each customer's segments as the sync just evaluated them (no second read per email).
 * Mails each customer who entered an email segment their best offer (the one the storefront shows them, which
 * the entry made them eligible for), with a signed link that shows and applies it on the storefront. `<flow>:<customer>:<membership id>` is sent at most once (core claims it),
 * so a second worker or a rerun never mails twice; a re-entry later is a new membership and a new email.
 */
export async function sendSegmentOfferEmails(
  container: MedusaContainer,
  entries: { id: string; segment_id: string; customer_id: string }[],
  segmentsNow: Map<string, Set<string>>
): Promise<number> {
  if (!entries.length) return 0
  const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name"],
    filters: { id: [...new Set(entries.map((entry) => entry.customer_id))] },
  })
  const byId = new Map(customers.map((customer) => [customer.id, customer]))
  const offers = await liveOffersOf(shopperSourcesOf(container))
  const messages: SendEmailInput[] = []
  for (const entry of entries) {
    const customer = byId.get(entry.customer_id)
    if (!customer?.email) continue
    const memberOf = segmentsNow.get(entry.customer_id) ?? new Set<string>()
    // the offer the page and cart would show this customer, so email, page and cart agree
    const best = rankOffers(offers, memberOf, { cart: null, now: new Date() })[0]
    if (!best?.offer.promotion) continue
    const token = signOfferToken(service.settings.keys, {
      offerId: best.offer.id,
      customerId: entry.customer_id,
      expiresAt: new Date(Date.now() + service.settings.linkTtlDays * DAY_MS),
    })
    const url = service.settings.offerUrl
      .replace("{offer_id}", encodeURIComponent(best.offer.id))
      .replace("{token}", encodeURIComponent(token))
    messages.push({
      flow: OFFER_EMAIL_FLOW,
      subject_id: entry.customer_id,
      step: entry.id,
      to: customer.email,
      marketing: true,
      requires_consent: true,
      template: "segment-offer",
      template_root: OFFER_TEMPLATES,
      data: {
        first_name: customer.first_name ?? null,
        headline: best.offer.content.headline,
        text: best.offer.content.text ?? null,
        image_url: best.offer.content.image_url ?? null,
        code: best.offer.promotion.code,
        discount: discountText(best.offer.promotion),
        offer_url: url,
        cta_label: best.offer.content.cta_label ?? "Use my offer",
      },
    })
  }
  if (!messages.length) return 0
  const { result } = await sendEmailsWorkflow(container).run({ input: { messages } })
  const sent = messages.filter((_, index) => result[index].status === "sent").map((message) => message.step)
  await service.markMembersEmailed(sent)
  return sent.length
}
