/** URL handle from a title: ASCII only ("Sauté" -> "saute"), lowercase words joined by hyphens. */
export const toSeedHandle = (title: string): string =>
  title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, "")
    .trim()
    .replace(/[\s-]+/g, "-")
