import { srOnlyStyles } from "../runtime/dom.js"

/** Styles of `<tp-also-bought>` and shared card styles: every colour and size is a custom property. */
export const cardStyles = `
:host {
  display: block;
  font-family: var(--tp-font-family, inherit);
  color: var(--tp-recommendations-fg, #1f2328);
}
:host([hidden]) { display: none; }
h2 {
  margin: 0 0 0.75rem;
  font-size: var(--tp-recommendations-heading-size, 1.125rem);
}
ul {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(var(--tp-recommendations-card-width, 10rem), 1fr));
  gap: var(--tp-recommendations-gap, 1rem);
  margin: 0;
  padding: 0;
  list-style: none;
}
li {
  display: flex;
  flex-direction: column;
  gap: 0.375rem;
  padding: var(--tp-recommendations-card-padding, 0.5rem);
  border: 1px solid var(--tp-recommendations-border-color, #d0d7de);
  border-radius: var(--tp-radius, 0.5rem);
  background: var(--tp-recommendations-card-bg, #ffffff);
}
img, .placeholder {
  inline-size: 100%;
  aspect-ratio: 1;
  object-fit: cover;
  border-radius: calc(var(--tp-radius, 0.5rem) / 2);
  background: var(--tp-recommendations-image-bg, #f6f8fa);
}
h3 { margin: 0; font-size: 0.9375rem; font-weight: 600; }
a { color: inherit; }
.why { font-size: 0.8125rem; color: var(--tp-recommendations-muted, #59636e); }
.price { font-variant-numeric: tabular-nums; }
s { color: var(--tp-recommendations-muted, #59636e); margin-inline-start: 0.375rem; }
button {
  min-block-size: var(--tp-recommendations-button-height, 2.25rem);
  padding: 0.25rem 0.75rem;
  border: 1px solid var(--tp-accent, #0b57d0);
  border-radius: var(--tp-radius, 0.5rem);
  background: var(--tp-recommendations-button-bg, var(--tp-accent, #0b57d0));
  color: var(--tp-recommendations-button-fg, #ffffff);
  font: inherit;
  cursor: pointer;
  margin-block-start: auto;
}
button[aria-disabled="true"] { cursor: progress; opacity: 0.6; }
:focus-visible { outline: 3px solid var(--tp-focus-ring, var(--tp-accent, #0b57d0)); outline-offset: 2px; }
.skeleton li { min-block-size: var(--tp-recommendations-skeleton-height, 16rem); background: var(--tp-recommendations-image-bg, #f6f8fa); }
[part~="status"] { display: block; margin-block-start: 0.5rem; color: var(--tp-recommendations-status-color, #1a7f37); }
[part~="error"] { display: block; color: var(--tp-error-color, #cf222e); }
[part~="error"]:empty, [part~="status"]:empty { display: none; }
@media (prefers-reduced-motion: no-preference) {
  .skeleton li { animation: pulse 1.2s ease-in-out infinite; }
  @keyframes pulse { 50% { opacity: 0.55; } }
}
${srOnlyStyles}
`
