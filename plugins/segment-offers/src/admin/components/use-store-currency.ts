import { loadedValue, useAdminGet } from "@touchpoints/core/admin-kit"

type StoreList = { stores: { supported_currencies?: { currency_code: string; is_default: boolean }[] }[] }

/** The store's default currency (lower case), for new money conditions and fixed discounts; "eur" until known. */
export function useStoreCurrency() {
  const [answer] = useAdminGet<StoreList>("/admin/stores?fields=supported_currencies.*")
  // a guess is fine when the store cannot be read: the owner can type another currency
  const currencies = loadedValue(answer)?.stores[0]?.supported_currencies ?? []
  const main = currencies.find((entry) => entry.is_default) ?? currencies[0]
  return main ? main.currency_code.toLowerCase() : "eur"
}
