import { createOfferWorkflow, createSegmentWorkflow, type SegmentInput } from "@touchpoints/segment-offers/workflows"
import type { SeedContext } from "./context"

type Example = {
  segment: SegmentInput
  offer: { name: string; priority: number; code: string; percent: number; headline: string; text: string }
}

/** The product brief's cases, each with its offer on a percentage promotion. */
const EXAMPLES: Example[] = [
  {
    segment: {
      name: "Third visit without buying",
      description: "Shoppers on their third visit (or later) since they last bought, or who never bought.",
      rule: { field: "visits_without_order", op: "gte", value: 3 },
    },
    offer: {
      name: "Third visit: 10 % off",
      priority: 20,
      code: "THIRDVISIT10",
      percent: 10,
      headline: "Third time's the charm: 10 % off",
      text: "You keep coming back, so here is something to make up your mind.",
    },
  },
  {
    segment: {
      name: "No order in 4 months",
      description: "Customers with an account whose last order is at least 120 days old.",
      rule: {
        all: [
          { field: "days_since_last_order", op: "gte", value: 120 },
          { field: "has_account", op: "eq", value: true },
        ],
      },
      mirror_to_group: true,
      email_offer: true,
    },
    offer: {
      name: "Win-back: 15 % off",
      priority: 25,
      code: "WINBACK15",
      percent: 15,
      headline: "We miss you: 15 % off your next order",
      text: "A lot has changed since your last visit. Come and have a look.",
    },
  },
  {
    segment: {
      name: "Arrived from a newsletter campaign",
      description: "Shoppers whose first or latest visit came from our newsletter.",
      rule: {
        any: [
          { field: "first_utm_source", op: "eq", value: "newsletter" },
          { field: "last_utm_source", op: "eq", value: "newsletter" },
          { field: "last_utm_medium", op: "eq", value: "email" },
        ],
      },
    },
    offer: {
      name: "Newsletter readers: 5 % off",
      priority: 10,
      code: "NEWSLETTER5",
      percent: 5,
      headline: "Thanks for reading: 5 % off today",
      text: "A small welcome for our newsletter readers.",
    },
  },
  {
    segment: {
      name: "Big spenders",
      description: "Customers who spent over 3,500 EUR or 3,800 USD with us (about the top fifth of the demo shop).",
      rule: {
        any: [
          { field: "total_spent", op: "gte", value: 3500, currency: "eur" },
          { field: "total_spent", op: "gte", value: 3800, currency: "usd" },
        ],
      },
      mirror_to_group: true,
    },
    offer: {
      name: "VIP: 12 % off",
      priority: 30,
      code: "VIP12",
      percent: 12,
      headline: "For our best customers: 12 % off",
      text: "Thank you for shopping with us so often.",
    },
  },
]

/** The example segments with their offers (mirror groups fill on the first membership sync). */
export async function writeSegmentOffers({ container }: SeedContext) {
  for (const example of EXAMPLES) {
    const { result: segment } = await createSegmentWorkflow(container).run({ input: example.segment })
    await createOfferWorkflow(container).run({
      input: {
        offer: {
          name: example.offer.name,
          segment_ids: [segment.id],
          priority: example.offer.priority,
          content: {
            headline: example.offer.headline,
            text: example.offer.text,
            image_url: null,
            cta_label: "Apply to my cart",
            cta_url: "/demo/cart.html",
          },
        },
        promotion: { code: example.offer.code, type: "percentage", value: example.offer.percent },
      },
    })
  }
  return { segments: EXAMPLES.length, offers: EXAMPLES.length }
}
