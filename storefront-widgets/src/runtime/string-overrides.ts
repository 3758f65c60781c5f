import type { CartRecoveryStringKey } from "./cart-recovery-strings.js"
import type { FeedbackStringKey } from "./feedback-strings.js"
import type { OfferStringKey } from "./offer-strings.js"
import type { RecommendationStringKey } from "./recommendation-strings.js"
import type { StringKey } from "./strings.js"
import type { WishlistStringKey } from "./wishlist-strings.js"

/** Every text key of every widget (type only: naming a key here adds no text to a bundle). */
export type AnyStringKey =
  | StringKey
  | WishlistStringKey
  | RecommendationStringKey
  | OfferStringKey
  | FeedbackStringKey
  | CartRecoveryStringKey

/** `configure({ strings })`: overrides of single texts, for every locale, by key of any widget's table. */
export type StringOverrides = Partial<Record<AnyStringKey, string>>
