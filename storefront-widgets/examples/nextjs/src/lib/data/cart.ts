"use server"

import type { HttpTypes } from "@medusajs/types"
import { revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import { medusaError } from "@/lib/util/medusa-error"
import { getAuthHeaders, getCacheOptions, getCacheTag, getCartId, setCartId } from "./cookies"
import { getRegion } from "./regions"

const CART_FIELDS = "*items,*region,*items.product,*items.variant,+items.total,*promotions"

async function revalidateCart(): Promise<void> {
  for (const tag of ["carts", "fulfillment"]) {
    const cacheTag = await getCacheTag(tag)
    if (cacheTag) revalidateTag(cacheTag)
  }
}

/**
 * The shopper's cart (cookie `_medusa_cart_id`), cached like the starter does (`force-cache`, tag
 * `carts-<cache id>`): it changes only when a server action revalidates the tag. Null without a cart.
 */
export async function retrieveCart(cartId?: string, fields = CART_FIELDS): Promise<HttpTypes.StoreCart | null> {
  const id = cartId || (await getCartId())
  if (!id) return null
  const headers = { ...(await getAuthHeaders()) }
  const next = { ...(await getCacheOptions("carts")) }
  return sdk.client
    .fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      method: "GET",
      query: { fields },
      headers,
      next,
      cache: "force-cache",
    })
    .then(({ cart }) => cart)
    .catch(() => null)
}

/** The shopper's cart, made in the shop's region (and remembered in the cookie) when there is none. */
export async function getOrSetCart(): Promise<HttpTypes.StoreCart> {
  const region = await getRegion()
  const headers = { ...(await getAuthHeaders()) }
  const existing = await retrieveCart(undefined, "id,region_id")
  if (existing && existing.region_id === region.id) return existing
  const { cart } = await sdk.store.cart.create({ region_id: region.id }, {}, headers).catch(medusaError)
  await setCartId(cart.id)
  await revalidateCart()
  return cart
}

export async function addToCart({ variantId, quantity }: { variantId: string; quantity: number }): Promise<void> {
  if (!variantId) throw new Error("Missing variant ID when adding to cart")
  const cart = await getOrSetCart()
  const headers = { ...(await getAuthHeaders()) }
  await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, {}, headers).catch(medusaError)
  await revalidateCart()
}

/** The product page's form: adds the chosen variant, then shows the cart. */
export async function addToCartForm(formData: FormData): Promise<void> {
  const variantId = formData.get("variant_id")
  const quantity = Number(formData.get("quantity") ?? 1)
  if (typeof variantId !== "string") throw new Error("Choose a variant")
  await addToCart({ variantId, quantity: Number.isInteger(quantity) && quantity > 0 ? quantity : 1 })
  redirect("/cart")
}

export async function removeLineItem(lineId: string): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) throw new Error("Missing cart ID when deleting line item")
  const headers = { ...(await getAuthHeaders()) }
  await sdk.store.cart.deleteLineItem(cartId, lineId, {}, headers).catch(medusaError)
  await revalidateCart()
}
