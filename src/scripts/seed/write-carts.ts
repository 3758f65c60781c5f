import type { CreateCartDTO, CreateLineItemDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { minutesBefore, type SeedContext, type StoreRefs } from "./context"
import type { CartPlan } from "./plan-carts"
import type { CatalogPlan } from "./plan-catalog"
import type { CustomerPlan } from "./plan-customers"
import type { CatalogRefs } from "./write-catalog"
import type { CustomerRefs } from "./write-customers"

/**
 * Abandoned carts through the cart module (not completed, back-dated created/updated times). No workflow runs,
 * so no cart events fire: a touchpoint that tracks cart activity must backfill from `cart.updated_at`.
 */
export async function writeCarts(
  { container, now }: SeedContext,
  store: StoreRefs,
  catalog: CatalogPlan,
  refs: CatalogRefs,
  customers: CustomerPlan[],
  customerRefs: CustomerRefs,
  plans: CartPlan[]
) {
  const cartService = container.resolve(Modules.CART)
  const input: (CreateCartDTO & { created_at: Date; updated_at: Date })[] = plans.map((cart) => {
    const customer = cart.customer === null ? null : customers[cart.customer]
    const region = store.regions[cart.region]
    const createdAt = minutesBefore(now, cart.createdMinutesAgo)
    const touchedAt = minutesBefore(now, cart.lastActivityMinutesAgo)
    return {
      region_id: region.id,
      currency_code: region.currency,
      sales_channel_id: store.salesChannelId,
      customer_id: customer && cart.customer !== null ? customerRefs[cart.customer].id : undefined,
      email: customer?.email,
      shipping_address: customer ? { ...customer.address } : undefined,
      created_at: createdAt,
      updated_at: touchedAt,
      items: cart.lines.map((line): CreateLineItemDTO & { created_at: Date; updated_at: Date } => {
        const product = catalog.byHandle.get(line.handle)
        const written = refs.get(line.handle)
        if (!product || !written) {
          throw new Error(`seed: cart line for unknown product ${line.handle}`)
        }
        const variant = product.variants[line.variant]
        return {
          title: product.title,
          subtitle: variant.title,
          thumbnail: product.thumbnail,
          product_id: written.id,
          product_title: product.title,
          product_handle: product.handle,
          product_type: product.type,
          variant_id: written.variants[line.variant].id,
          variant_sku: variant.sku,
          variant_title: variant.title,
          variant_option_values: variant.options,
          quantity: line.quantity,
          unit_price: cart.region === "eu" ? variant.eur : variant.usd,
          is_tax_inclusive: cart.region === "eu",
          requires_shipping: true,
          is_discountable: true,
          created_at: createdAt,
          updated_at: touchedAt,
        }
      }),
    }
  })
  const carts = await cartService.createCarts(input)
  return { carts: carts.length, withEmail: plans.filter((c) => c.customer !== null).length }
}
