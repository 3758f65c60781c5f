import { adminFetch } from "@touchpoints/core/admin-kit"
import { useEffect, useState } from "react"

type StoreList = { stores: { supported_currencies?: { currency_code: string; is_default: boolean }[] }[] }

/** The store's default currency (lower case), for new money conditions and fixed discounts; "eur" until known. */
export function useStoreCurrency() {
  const [currency, setCurrency] = useState("eur")
  useEffect(() => {
    adminFetch<StoreList>("/admin/stores?fields=supported_currencies.*")
      .then((body) => {
        const currencies = body.stores[0]?.supported_currencies ?? []
        const main = currencies.find((entry) => entry.is_default) ?? currencies[0]
        if (main) setCurrency(main.currency_code.toLowerCase())
      })
      // a guess is fine here: the owner can type another currency
      .catch(() => undefined)
  }, [])
  return currency
}
