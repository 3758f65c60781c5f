import { srOnlyStyles } from "../runtime/dom.js"

/** Styles of `<tp-bundle>`: every colour and size is a custom property with a default. */
export const bundleStyles = `
:host {
  display: block;
  font-family: var(--tp-font-family, inherit);
  color: var(--tp-bundle-fg, #1f2328);
}
section {
  padding: var(--tp-bundle-padding, 1rem);
  border: 1px solid var(--tp-bundle-border-color, #d0d7de);
  border-radius: var(--tp-radius, 0.5rem);
  background: var(--tp-bundle-bg, #ffffff);
}
h2 { margin: 0 0 0.75rem; font-size: var(--tp-bundle-heading-size, 1.125rem); }
ol { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
li { display: flex; align-items: center; gap: 0.5rem; }
li + li::before { content: "+"; font-size: 1.25rem; color: var(--tp-bundle-muted, #59636e); }
img, .placeholder {
  inline-size: var(--tp-bundle-image-size, 4.5rem);
  block-size: var(--tp-bundle-image-size, 4.5rem);
  object-fit: cover;
  border-radius: calc(var(--tp-radius, 0.5rem) / 2);
  background: var(--tp-bundle-image-bg, #f6f8fa);
}
.item { display: flex; flex-direction: column; max-inline-size: 10rem; font-size: 0.875rem; }
.price { font-variant-numeric: tabular-nums; }
s { color: var(--tp-bundle-muted, #59636e); margin-inline-end: 0.25rem; }
dl { display: grid; grid-template-columns: auto auto; justify-content: start; gap: 0.25rem 1rem; margin: 0.75rem 0; }
dt { color: var(--tp-bundle-muted, #59636e); }
dd { margin: 0; font-variant-numeric: tabular-nums; }
.saving { color: var(--tp-bundle-saving-color, #1a7f37); font-weight: 600; }
button {
  min-block-size: var(--tp-bundle-button-height, 2.5rem);
  padding: 0.25rem 1rem;
  border: 1px solid var(--tp-accent, #0b57d0);
  border-radius: var(--tp-radius, 0.5rem);
  background: var(--tp-bundle-button-bg, var(--tp-accent, #0b57d0));
  color: var(--tp-bundle-button-fg, #ffffff);
  font: inherit;
  cursor: pointer;
}
button[aria-disabled="true"] { cursor: progress; opacity: 0.6; }
:focus-visible { outline: 3px solid var(--tp-focus-ring, var(--tp-accent, #0b57d0)); outline-offset: 2px; }
[part~="status"] { display: block; margin-block-start: 0.5rem; color: var(--tp-bundle-saving-color, #1a7f37); }
[part~="error"] { display: block; color: var(--tp-error-color, #cf222e); }
[part~="error"]:empty, [part~="status"]:empty { display: none; }
.loading { min-block-size: var(--tp-bundle-skeleton-height, 10rem); background: var(--tp-bundle-image-bg, #f6f8fa); border-radius: var(--tp-radius, 0.5rem); }
${srOnlyStyles}
`
