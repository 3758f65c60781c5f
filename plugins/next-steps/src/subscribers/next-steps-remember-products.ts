import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { rememberDeletedProductsWorkflow } from "../workflows/remember-deleted-products"
import { rememberProductsWorkflow } from "../workflows/remember-products"

/** Keeps the product memory current, so gone products' pages can be built from what they were. */
export default async function nextStepsRememberProducts({ event, container }: SubscriberArgs<{ id: string }>) {
  const input = { product_ids: [event.data.id] }
  if (event.name === "product.deleted") await rememberDeletedProductsWorkflow(container).run({ input })
  else await rememberProductsWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted"],
  context: { subscriberId: "tp-next-steps-remember-products" },
}
