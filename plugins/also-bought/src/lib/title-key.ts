/** How imported titles are compared with product titles: case, surrounding and repeated spaces do not matter. */
export function titleKey(title: string): string {
  return title.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase()
}

/** A handle for a product created from an imported title: readable, and unique per title. */
export function importedProductHandle(title: string, hash: (text: string) => string): string {
  const slug = titleKey(title)
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
  return `imported-${slug || "product"}-${hash(titleKey(title)).slice(0, 8)}`
}
