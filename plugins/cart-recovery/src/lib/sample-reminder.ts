import { reminderEmailData } from "./reminder-email"

/** A cart for previews: two items, in euros, as a shopper might have left it. */
const SAMPLE_CART = {
  id: "cart_sample",
  email: "shopper@example.com",
  customer_id: null,
  region_id: null,
  currency_code: "eur",
  sales_channel_id: null,
  completed_at: null,
  metadata: null,
  items: [
    {
      id: "item_sample_1",
      title: "Green Tea",
      product_title: "Green Tea",
      variant_title: "250 g",
      thumbnail: null,
      quantity: 2,
      unit_price: 12.5,
      variant_id: null,
      product_id: null,
    },
    {
      id: "item_sample_2",
      title: "Stoneware Cup",
      product_title: "Stoneware Cup",
      variant_title: null,
      thumbnail: null,
      quantity: 1,
      unit_price: 24,
      variant_id: null,
      product_id: null,
    },
  ],
}

/** The data of reminder `step` (0-based) for the sample cart, with a sample code where that step has one. */
export function sampleReminderData(input: {
  step: number
  steps: { incentivePercent?: number }[]
  recoveryUrl: string
}) {
  const incentive = input.steps[input.step]?.incentivePercent ?? null
  return reminderEmailData({
    cart: SAMPLE_CART,
    items: SAMPLE_CART.items,
    step: input.step,
    stepCount: input.steps.length,
    recoveryUrl: input.recoveryUrl.replace("{token}", "sample-token"),
    promotionCode: incentive ? "SAMPLE-CODE" : null,
    incentivePercent: incentive,
  })
}
