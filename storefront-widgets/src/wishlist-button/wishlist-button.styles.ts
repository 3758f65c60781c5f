import { srOnlyStyles } from "../runtime/dom.js"

/** Styles of `<tp-wishlist-button>`: every colour and size is a custom property with a default (see the element). */
export const wishlistButtonStyles = `
:host {
  display: inline-flex;
  align-items: center;
  gap: 0.25rem;
  vertical-align: middle;
  font-family: var(--tp-font-family, inherit);
  color: var(--tp-wishlist-button-fg, #1f2328);
}
button {
  box-sizing: border-box;
  inline-size: var(--tp-wishlist-button-size, 2.75rem);
  block-size: var(--tp-wishlist-button-size, 2.75rem);
  display: inline-grid;
  place-items: center;
  flex: none;
  margin: 0;
  padding: 0;
  border: 1px solid var(--tp-wishlist-button-border-color, #d0d7de);
  border-radius: var(--tp-wishlist-button-radius, 999px);
  background: var(--tp-wishlist-button-bg, #ffffff);
  color: inherit;
  cursor: pointer;
}
button:hover {
  border-color: var(--tp-accent, #0b57d0);
}
button[aria-disabled="true"] {
  cursor: progress;
  opacity: 0.6;
}
svg {
  inline-size: var(--tp-wishlist-icon-size, 1.375rem);
  block-size: var(--tp-wishlist-icon-size, 1.375rem);
  fill: none;
  stroke: currentColor;
  stroke-width: 2;
  stroke-linejoin: round;
  transition: transform 160ms ease-out;
}
button[aria-pressed="true"] svg {
  fill: var(--tp-wishlist-heart-color, #d1242f);
  stroke: var(--tp-wishlist-heart-color, #d1242f);
  transform: scale(1.08);
}
.count {
  display: none;
  min-inline-size: var(--tp-wishlist-count-width, 3ch);
  font-size: var(--tp-wishlist-count-font-size, 0.875rem);
  font-variant-numeric: tabular-nums;
}
:host([show-count]) .count {
  display: inline-block;
}
:focus-visible {
  outline: 3px solid var(--tp-focus-ring, var(--tp-accent, #0b57d0));
  outline-offset: 2px;
}
@media (prefers-reduced-motion: reduce) {
  svg {
    transition: none;
  }
}
@media (forced-colors: active) {
  button[aria-pressed="true"] svg {
    fill: CanvasText;
    stroke: CanvasText;
  }
}
${srOnlyStyles}
`
