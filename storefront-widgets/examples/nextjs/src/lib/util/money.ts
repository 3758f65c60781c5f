/** Medusa v2 amounts are in major units: `formatAmount(12.5, "eur")` gives "€12.50". */
export function formatAmount(amount: number | null | undefined, currencyCode: string): string {
  return new Intl.NumberFormat("en-IE", { style: "currency", currency: currencyCode.toUpperCase() }).format(amount ?? 0)
}
