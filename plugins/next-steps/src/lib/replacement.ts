import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { NEXT_STEPS_MODULE } from "../modules/next-steps"
import type NextStepsModuleService from "../modules/next-steps/service"

/** The owner's replacement for a product, when set and published: where its page should send shoppers. */
export async function replacementOf(
  scope: MedusaContainer,
  productId: string
): Promise<{ product_id: string; handle: string; title: string } | null> {
  const [memory] = await scope.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE).memoryOf([productId])
  if (!memory?.replacement_product_id) return null
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "handle", "title", "status"],
    filters: { id: memory.replacement_product_id },
  })
  const product = data[0] as { id: string; handle: string; title: string; status: string } | undefined
  return product?.status === "published"
    ? { product_id: product.id, handle: product.handle, title: product.title }
    : null
}
