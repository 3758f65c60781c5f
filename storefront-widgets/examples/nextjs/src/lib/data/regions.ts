"use server"

import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@/lib/config"
import { getCacheOptions } from "./cookies"

/** The shop sells in one region here: the one with this currency, else the first (no country routing). */
const REGION_CURRENCY = (process.env.MEDUSA_REGION_CURRENCY || "eur").toLowerCase()

export async function listRegions(): Promise<HttpTypes.StoreRegion[]> {
  const next = { ...(await getCacheOptions("regions")) }
  return sdk.client
    .fetch<HttpTypes.StoreRegionListResponse>("/store/regions", { method: "GET", next, cache: "force-cache" })
    .then(({ regions }) => regions)
}

export async function getRegion(): Promise<HttpTypes.StoreRegion> {
  const regions = await listRegions()
  const region = regions.find((entry) => entry.currency_code === REGION_CURRENCY) ?? regions[0]
  if (!region) throw new Error("The store has no region: create one in Medusa's admin")
  return region
}
