import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { SeedContext, StoreRefs } from "./context"
import { PUBLISHABLE_KEY_TITLE } from "./marker"
import { EU_COUNTRIES, VAT_RATES } from "./names"

export const STORE_NAME = "Touchpoints Demo Store"
export const SALES_CHANNEL_NAME = "Default Sales Channel"

/** Shipping prices: flat, free above a basket total. Kept here so orders charge the same. */
export const SHIPPING = {
  eu: { standard: 4.95, express: 9.95, freeFrom: 60 },
  us: { standard: 5.99, express: 14.99, freeFrom: 75 },
} as const

/**
 * Store settings, sales channel, publishable key, the EUR and USD regions with tax regions, one warehouse
 * linked to the channel, and standard/express shipping per region through the manual provider.
 */
export async function writeStore({ container }: SeedContext): Promise<StoreRefs> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeService = container.resolve(Modules.STORE)
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)

  const [store] = await storeService.listStores()
  let [salesChannel] = await salesChannelService.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME }] },
    })
    salesChannel = result[0]
  }

  // Medusa's defaults loader already made a publishable key for the default channel: reuse it, so the store
  // has one key to hand out; make one only when there is none for this channel
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "revoked_at", "sales_channels.id"],
    filters: { type: "publishable" },
  })
  let apiKey = keys.find(
    (k) => !k.revoked_at && k.sales_channels?.some((sc: { id: string } | null) => sc?.id === salesChannel.id)
  )
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: [salesChannel.id] } })
    apiKey = { ...result[0], sales_channels: [{ id: salesChannel.id }] }
  }

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Europe",
          currency_code: "eur",
          countries: EU_COUNTRIES,
          payment_providers: ["pp_system_default"],
          automatic_taxes: true,
          is_tax_inclusive: true,
        },
        {
          name: "United States",
          currency_code: "usd",
          countries: ["us"],
          payment_providers: ["pp_system_default"],
          automatic_taxes: true,
        },
      ],
    },
  })
  const eu = regions.find((r) => r.currency_code === "eur")
  const us = regions.find((r) => r.currency_code === "usd")
  if (!eu || !us) {
    throw new Error("seed: regions were not created")
  }

  await createTaxRegionsWorkflow(container).run({
    input: [
      ...EU_COUNTRIES.map((country_code) => ({
        country_code,
        provider_id: "tp_system",
        default_tax_rate: { rate: VAT_RATES[country_code], code: `VAT-${country_code.toUpperCase()}`, name: "VAT" },
      })),
      {
        country_code: "us",
        provider_id: "tp_system",
        default_tax_rate: { rate: 0, code: "US-NONE", name: "No sales tax" },
      },
    ],
  })

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Hamburg Warehouse",
          address: { address_1: "Am Sandtorkai 1", city: "Hamburg", postal_code: "20457", country_code: "de" },
        },
      ],
    },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannel.id] } })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  let [profile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }

  const fulfillmentSet = await fulfillmentService.createFulfillmentSets({
    name: "Hamburg Warehouse shipping",
    type: "shipping",
    service_zones: [
      { name: "Europe", geo_zones: EU_COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })) },
      { name: "United States", geo_zones: [{ country_code: "us", type: "country" as const }] },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const zone = (name: string) => {
    const z = fulfillmentSet.service_zones.find((s) => s.name === name)
    if (!z) {
      throw new Error(`seed: service zone ${name} missing`)
    }
    return z.id
  }

  const option = (regionKey: "eu" | "us", speed: "standard" | "express") => {
    const region = regionKey === "eu" ? eu : us
    const price = SHIPPING[regionKey]
    const currency = region.currency_code
    const name = speed === "standard" ? "Standard Shipping" : "Express Shipping"
    return {
      name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: zone(region.name),
      shipping_profile_id: profile.id,
      type:
        speed === "standard"
          ? { label: "Standard", description: "Delivered in 2-4 business days.", code: "standard" }
          : { label: "Express", description: "Delivered the next business day.", code: "express" },
      prices: [
        { currency_code: currency, amount: price[speed] },
        { region_id: region.id, amount: price[speed] },
        ...(speed === "standard"
          ? [
              {
                region_id: region.id,
                amount: 0,
                rules: [{ attribute: "item_total", operator: "gte" as const, value: price.freeFrom }],
              },
            ]
          : []),
      ],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    }
  }
  const { result: options } = await createShippingOptionsWorkflow(container).run({
    input: [option("eu", "standard"), option("eu", "express"), option("us", "standard"), option("us", "express")],
  })
  const optionRef = (regionName: string, name: string) => {
    const o = options.find((x) => x.service_zone_id === zone(regionName) && x.name === name)
    if (!o) {
      throw new Error(`seed: shipping option ${name} (${regionName}) missing`)
    }
    return { id: o.id, name: o.name }
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: [
          // European prices include VAT, US prices are before sales tax
          { currency_code: "eur", is_default: true, is_tax_inclusive: true },
          { currency_code: "usd", is_tax_inclusive: false },
        ],
        default_sales_channel_id: salesChannel.id,
        default_region_id: eu.id,
        default_location_id: location.id,
      },
    },
  })

  return {
    storeId: store.id,
    salesChannelId: salesChannel.id,
    publishableKey: apiKey.token,
    publishableKeyId: apiKey.id,
    regions: { eu: { id: eu.id, currency: "eur" }, us: { id: us.id, currency: "usd" } },
    locationId: location.id,
    shippingProfileId: profile.id,
    shippingOptions: {
      eu: { standard: optionRef("Europe", "Standard Shipping"), express: optionRef("Europe", "Express Shipping") },
      us: {
        standard: optionRef("United States", "Standard Shipping"),
        express: optionRef("United States", "Express Shipping"),
      },
    },
  }
}
