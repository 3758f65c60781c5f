import { srOnlyStyles } from "../runtime/dom.js"

/** Styles of `<tp-wishlist>`: every colour and size is a custom property with a default (see the element). */
export const wishlistStyles = `
:host {
  display: block;
  font-family: var(--tp-font-family, inherit);
  color: var(--tp-wishlist-fg, #1f2328);
  font-size: var(--tp-wishlist-font-size, 1rem);
  line-height: 1.45;
}
[part~="base"] {
  box-sizing: border-box;
  min-block-size: var(--tp-wishlist-min-height, 14rem);
  padding: var(--tp-wishlist-padding, 1rem);
  background: var(--tp-wishlist-bg, #ffffff);
  border: 1px solid var(--tp-wishlist-border-color, #d0d7de);
  border-radius: var(--tp-radius, 0.5rem);
}
[hidden] {
  display: none !important;
}
h2 {
  margin: 0 0 0.25rem;
  font-size: var(--tp-wishlist-heading-size, 1.25rem);
}
h2:focus {
  outline: none;
}
p {
  margin: 0;
}
.row {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5rem;
  margin-block: 0.75rem;
}
button,
select,
input {
  box-sizing: border-box;
  min-block-size: 2.25rem;
  font: inherit;
  font-size: 0.875rem;
  border-radius: var(--tp-radius, 0.5rem);
}
button {
  padding: 0.25rem 0.75rem;
  border: 1px solid var(--tp-wishlist-button-border-color, #d0d7de);
  background: var(--tp-wishlist-button-bg, #f6f8fa);
  color: inherit;
  cursor: pointer;
}
button.primary {
  background: var(--tp-accent, #0b57d0);
  border-color: var(--tp-accent, #0b57d0);
  color: var(--tp-accent-fg, #ffffff);
}
button[aria-disabled="true"] {
  cursor: not-allowed;
  opacity: 0.55;
}
select,
input {
  padding: 0.25rem 0.5rem;
  border: 1px solid var(--tp-wishlist-border-color, #d0d7de);
  background: #ffffff;
  color: inherit;
}
input[readonly] {
  flex: 1 1 16rem;
  min-inline-size: 0;
}
ul {
  list-style: none;
  margin: 0;
  padding: 0;
}
[part~="item"] {
  display: grid;
  grid-template-columns: var(--tp-wishlist-thumb-size, 4rem) 1fr;
  gap: 0.75rem;
  padding-block: 0.75rem;
  border-top: 1px solid var(--tp-wishlist-border-color, #d0d7de);
}
[part~="thumbnail"] {
  display: block;
  inline-size: var(--tp-wishlist-thumb-size, 4rem);
  block-size: var(--tp-wishlist-thumb-size, 4rem);
  object-fit: cover;
  border-radius: calc(var(--tp-radius, 0.5rem) / 2);
  background: var(--tp-wishlist-thumb-bg, #eaeef2);
}
h3 {
  margin: 0;
  font-size: 1rem;
}
h3 a {
  color: inherit;
}
.meta {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 0.75rem;
  font-size: 0.875rem;
  color: var(--tp-wishlist-muted, #57606a);
}
[part~="price"] {
  color: var(--tp-wishlist-fg, #1f2328);
  font-weight: 600;
}
[part~="badge"] {
  display: inline-block;
  padding: 0 0.5rem;
  border-radius: 999px;
  font-size: 0.75rem;
  font-weight: 600;
  background: var(--tp-wishlist-badge-bg, #eaeef2);
}
[part~="price-down"] {
  background: var(--tp-wishlist-price-down-bg, #dafbe1);
  color: var(--tp-wishlist-price-down-fg, #116329);
}
[part~="price-up"] {
  background: var(--tp-wishlist-price-up-bg, #fff1e5);
  color: var(--tp-wishlist-price-up-fg, #953800);
}
[part~="in_stock"] {
  color: var(--tp-wishlist-in-stock-fg, #116329);
}
[part~="sold_out"],
[part~="discontinued"] {
  background: var(--tp-wishlist-unavailable-bg, #ffebe9);
  color: var(--tp-wishlist-unavailable-fg, #a40e26);
}
.actions {
  margin-block: 0.5rem 0;
}
[part~="hint"] {
  flex-basis: 100%;
  font-size: 0.8125rem;
  color: var(--tp-wishlist-muted, #57606a);
}
[part~="message"] {
  margin-block: 1rem;
  color: var(--tp-wishlist-muted, #57606a);
}
[part~="status"]:empty,
[part~="error"]:empty {
  display: none;
}
[part~="status"] {
  margin-block-start: 0.75rem;
  font-size: 0.875rem;
}
[part~="error"] {
  margin-block-start: 0.75rem;
  color: var(--tp-error-color, #cf222e);
}
:focus-visible {
  outline: 3px solid var(--tp-focus-ring, var(--tp-accent, #0b57d0));
  outline-offset: 2px;
}
[part~="status"] {
  transition: opacity 200ms ease-out;
}
@starting-style {
  [part~="status"] {
    opacity: 0;
  }
}
@media (prefers-reduced-motion: reduce) {
  [part~="status"] {
    transition: none;
  }
}
${srOnlyStyles}
`
