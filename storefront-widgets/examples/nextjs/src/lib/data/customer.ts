"use server"

import type { HttpTypes } from "@medusajs/types"
import { revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import {
  getAuthHeaders,
  getCacheOptions,
  getCacheTag,
  getCartId,
  removeAuthToken,
  removeCartId,
  setAuthToken,
} from "./cookies"

function field(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

function failed(message: string): never {
  redirect(`/account?error=${encodeURIComponent(message)}`)
}

async function revalidate(tag: string): Promise<void> {
  const cacheTag = await getCacheTag(tag)
  if (cacheTag) revalidateTag(cacheTag)
}

export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return null
  const next = { ...(await getCacheOptions("customers")) }
  return sdk.client
    .fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      method: "GET",
      headers,
      next,
      cache: "force-cache",
    })
    .then(({ customer }) => customer)
    .catch(() => null)
}

/** The guest's cart becomes the customer's (as the starter does at login). */
async function transferCart(): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  await sdk.store.cart.transferCart(cartId, {}, await getAuthHeaders())
  await revalidate("carts")
}

/** Emailpass login; a token that is not a plain string (third-party or verification flows) is not supported here. */
async function loginWith(email: string, password: string): Promise<string | null> {
  const result = await sdk.auth.login("customer", "emailpass", { email, password }).catch(() => null)
  return typeof result === "string" ? result : null
}

export async function login(formData: FormData): Promise<void> {
  const token = await loginWith(field(formData, "email"), field(formData, "password"))
  if (!token) failed("Wrong email or password.")
  await setAuthToken(token)
  await revalidate("customers")
  await transferCart().catch(() => undefined)
  redirect("/account")
}

export async function signup(formData: FormData): Promise<void> {
  const email = field(formData, "email")
  const password = field(formData, "password")
  const registered = await sdk.auth
    .register("customer", "emailpass", { email, password })
    .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
  if (registered instanceof Error) failed(registered.message)
  await sdk.store.customer
    .create(
      { email, first_name: field(formData, "first_name"), last_name: field(formData, "last_name") },
      {},
      { authorization: `Bearer ${registered}` }
    )
    .catch(() => failed("The account could not be created."))
  // the registration token is not a customer's token yet: log in for one
  const token = await loginWith(email, password)
  if (!token) failed("The account was created, but logging in failed.")
  await setAuthToken(token)
  await revalidate("customers")
  await transferCart().catch(() => undefined)
  redirect("/account")
}

export async function signout(): Promise<void> {
  await removeAuthToken()
  await removeCartId()
  await revalidate("customers")
  await revalidate("carts")
  redirect("/account")
}
