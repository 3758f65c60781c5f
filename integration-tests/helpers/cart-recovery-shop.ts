import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { type Catalog, createCatalog } from "./catalog"
import { explain, storeHeaders } from "./http"
import { createPublishableKey } from "./store-fixtures"

/** The parts of Medusa's store answers this helper reads. */
type StoreData = {
  cart: { id: string }
  payment_collection: { id: string }
  type: string
  order: { id: string; total: number }
}

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: StoreData }> }

/** A shop whose carts can be completed (system payment provider) and helpers to make carts abandoned. */
export async function createCartRecoveryShop(container: MedusaContainer, api: Api) {
  const { token: key, salesChannelId } = await createPublishableKey(container)
  const catalog: Catalog = await createCatalog(container, salesChannelId)
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: catalog.regionId }, update: { payment_providers: ["pp_system_default"] } },
  })
  const shippingOptionId = await createShipping(container, catalog)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const headers = storeHeaders(key)

  /** A cart with an email and items (tea x2 by default), and the shopper's opt-in unless `consent` is false. */
  const abandonedCart = async (input: {
    email: string
    items?: { variant: keyof Catalog["variants"]; quantity: number }[]
    consent?: boolean
  }) => {
    const { data } = await api
      .post("/store/carts", { region_id: catalog.regionId, email: input.email }, headers)
      .catch(explain)
    const cartId = data.cart.id
    for (const item of input.items ?? [{ variant: "tea", quantity: 2 }]) {
      await api
        .post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: catalog.variants[item.variant], quantity: item.quantity },
          headers
        )
        .catch(explain)
    }
    if (input.consent !== false) {
      await api
        .post("/store/touchpoints/email-consent", { cart_id: cartId, granted: true, flow: "cart-recovery" }, headers)
        .catch(explain)
    }
    return cartId
  }

  /** Moves every activity timestamp of a cart `hours` into the past (as if the shopper left then). */
  const idleFor = async (cartId: string, hours: number) => {
    const at = new Date(Date.now() - hours * 3_600_000)
    await pg.raw("UPDATE cart SET updated_at = ? WHERE id = ?", [at, cartId])
    await pg.raw("UPDATE cart_line_item SET updated_at = ? WHERE cart_id = ?", [at, cartId])
    await pg.raw("UPDATE cart_shipping_method SET updated_at = ? WHERE cart_id = ?", [at, cartId])
    await pg.raw("UPDATE tp_cr_cart SET last_activity_at = ? WHERE cart_id = ?", [at, cartId])
    // its emails, too: the frequency cap counts them by when they were sent
    await pg.raw("UPDATE tp_email_send SET created_at = LEAST(created_at, ?) WHERE subject_id = ?", [at, cartId])
  }

  /** Completes a cart for real (system payment), as the storefront's checkout does. */
  const completeCart = async (cartId: string) => {
    await api
      .post(
        `/store/carts/${cartId}`,
        {
          shipping_address: {
            first_name: "A",
            last_name: "B",
            address_1: "Street 1",
            city: "Berlin",
            country_code: "de",
            postal_code: "10115",
          },
        },
        headers
      )
      .catch(explain)
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shippingOptionId }, headers).catch(explain)
    const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, headers).catch(explain)
    await api
      .post(
        `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        headers
      )
      .catch(explain)
    const completed = await api.post(`/store/carts/${cartId}/complete`, {}, headers).catch(explain)
    if (completed.data.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(completed.data)}`)
    return completed.data.order
  }

  /** Sets a product's stock (0 sells it out). */
  const setStock = async (product: keyof Catalog["inventoryItems"], stocked: number) => {
    await container.resolve(Modules.INVENTORY).updateInventoryLevels([
      {
        inventory_item_id: catalog.inventoryItems[product],
        location_id: catalog.locationId,
        stocked_quantity: stocked,
      },
    ])
  }

  return { key, headers, catalog, pg, abandonedCart, idleFor, completeCart, setStock }
}

/** A flat-rate shipping option for Germany and France that every catalog product can use. */
async function createShipping(container: MedusaContainer, catalog: Catalog): Promise<string> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Parcels", type: "default" }] } })
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Warehouse shipping",
    type: "shipping",
    service_zones: [
      { name: "EU", geo_zones: ["de", "fr"].map((country_code) => ({ country_code, type: "country" as const })) },
    ],
  })
  await link.create([
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: catalog.locationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    },
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: catalog.locationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    },
    ...Object.values(catalog.products).map((product_id) => ({
      [Modules.PRODUCT]: { product_id },
      [Modules.FULFILLMENT]: { shipping_profile_id: profile.id },
    })),
  ])
  const {
    result: [option],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: "Standard", description: "2-4 days", code: "standard" },
        prices: [{ region_id: catalog.regionId, amount: 5 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return option.id
}
