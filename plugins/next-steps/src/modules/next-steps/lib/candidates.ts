/** Attributes a similar product shares with the viewed one. */
export type SimilarityReason = "same_category" | "parent_category" | "same_type" | "shared_tags" | "same_collection"

/** Why a link is in its group. */
export type LinkReason =
  | SimilarityReason
  | "brand_best_seller"
  | "brand_category_best_seller"
  | "bought_with_viewed"
  | "bought_with_carted"
  | "bought_with_saved"
  | "viewed_category"
  | "best_seller"
  | "matching_words"
  | "pinned"

/** A product that may go into a group, best first, with its reason. */
export type Candidate = { product_id: string; reason: LinkReason }

/** Candidates from ids in order, with one reason, the anchor left out. */
export const candidatesOf = (ids: string[], reason: LinkReason, anchorId?: string): Candidate[] =>
  ids.filter((id) => id !== anchorId).map((product_id) => ({ product_id, reason }))

/** Candidates from ids in order, one reason, the anchor left out, made as they are read (for long lists). */
export function* candidatesFrom(ids: Iterable<string>, reason: LinkReason, anchorId?: string): Generator<Candidate> {
  for (const product_id of ids) if (product_id !== anchorId) yield { product_id, reason }
}
