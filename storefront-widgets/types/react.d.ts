// `@touchpoints/widgets/react`: JSX typings of every Touchpoints element for React 19 (`@types/react` 19).
// Load them once, e.g. in a `.d.ts` of the app: `import "@touchpoints/widgets/react"`.
// React 19 reads JSX types from the `react` module; the React 18 style `declare global { namespace JSX }` would
// silently do nothing there. Attributes are the elements' own (kebab-case, as in HTML). Events are typed as
// React 19 listens to them on custom elements: `ontp-error={(event) => event.detail.error}`. `tp:cart-changed`
// has a colon, which JSX cannot name: listen on `document` (or use `TouchpointsCartBridge`).
// TypeScript accepts any dashed attribute name it does not know, so a misspelt optional attribute passes; a
// misspelt required one (`line-id` for `line-item-id`) fails because the required one is then missing.
import type { DetailedHTMLProps, HTMLAttributes } from "react"
import type {
  TouchpointsEventMap,
  TpAlsoBoughtElement,
  TpBundleElement,
  TpCartRecoveryElement,
  TpConfigElement,
  TpConsentElement,
  TpFeedbackSurveyElement,
  TpNextStepsElement,
  TpOfferElement,
  TpSaveForLaterElement,
  TpWishlistButtonElement,
  TpWishlistElement,
} from "./index.js"

/** React 19 renders `true` as a present attribute and leaves `false` out. */
type Flag = boolean
type Numeric = number | `${number}`

/** `on<event>` props for the events an element fires (React 19 adds them as event listeners). */
type Listeners<Events extends keyof TouchpointsEventMap> = {
  [Name in Events as Name extends `${string}:${string}` ? never : `on${Name}`]?: (
    event: TouchpointsEventMap[Name]
  ) => void
}

type ElementProps<Class extends HTMLElement, Attributes, Events extends keyof TouchpointsEventMap> = DetailedHTMLProps<
  HTMLAttributes<Class>,
  Class
> &
  Attributes &
  Listeners<Events>

/** Attributes shared by the recommendation cards. */
interface CardAttributes {
  "region-id"?: string
  heading?: string
  "product-url-template"?: string
}

export interface TouchpointsIntrinsicElements {
  "tp-config": ElementProps<
    TpConfigElement,
    {
      "backend-url"?: string
      "publishable-key"?: string
      locale?: string
      currency?: string
      "consent-required"?: Flag | "true" | "false"
      "timeout-ms"?: Numeric
      "fetch-credentials"?: "omit" | "same-origin" | "include"
    },
    "tp-config-change"
  >
  "tp-consent": ElementProps<TpConsentElement, { "privacy-url"?: string }, "tp-consent-change" | "tp-error">
  "tp-also-bought": ElementProps<
    TpAlsoBoughtElement,
    CardAttributes & { "product-id"?: string; "cart-id"?: string; limit?: Numeric },
    "tp-also-bought-load" | "tp-recommendation-click" | "tp-error"
  >
  "tp-bundle": ElementProps<
    TpBundleElement,
    CardAttributes & { "product-id": string; "region-id": string; "cart-id"?: string },
    "tp-bundle-load" | "tp-error"
  >
  "tp-next-steps": ElementProps<
    TpNextStepsElement,
    Omit<CardAttributes, "heading"> & { "product-id"?: string; handle?: string; limit?: Numeric },
    "tp-next-steps-load" | "tp-recommendation-click" | "tp-error"
  >
  "tp-cart-recovery": ElementProps<
    TpCartRecoveryElement,
    { token?: string; param?: string; "cart-id"?: string; "keep-url"?: Flag },
    "tp-cart-recovered" | "tp-error"
  >
  "tp-feedback-survey": ElementProps<
    TpFeedbackSurveyElement,
    { token?: string; param?: string; "order-id"?: string },
    "tp-feedback-answered" | "tp-error"
  >
  "tp-offer": ElementProps<
    TpOfferElement,
    { placement?: "home" | "product" | "cart"; "cart-id"?: string; variant?: "banner" | "card"; token?: string },
    "tp-offer-load" | "tp-error"
  >
  "tp-save-for-later": ElementProps<
    TpSaveForLaterElement,
    { "cart-id": string; "line-item-id": string; "wishlist-id"?: string },
    "tp-wishlist-change" | "tp-error"
  >
  "tp-wishlist": ElementProps<
    TpWishlistElement,
    {
      "cart-id"?: string
      "region-id"?: string
      "share-token"?: string
      "share-url-template"?: string
      "product-url-template"?: string
    },
    "tp-wishlist-change" | "tp-error"
  >
  "tp-wishlist-button": ElementProps<
    TpWishlistButtonElement,
    { "variant-id": string; "product-id"?: string; "region-id"?: string; "show-count"?: Flag },
    "tp-wishlist-change" | "tp-error"
  >
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends TouchpointsIntrinsicElements {}
  }
}
