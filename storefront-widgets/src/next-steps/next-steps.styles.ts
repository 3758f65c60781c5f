import { srOnlyStyles } from "../runtime/dom.js"

/** Styles of `<tp-next-steps>`: every colour and size is a custom property with a default. */
export const nextStepsStyles = `
:host {
  display: block;
  font-family: var(--tp-font-family, inherit);
  color: var(--tp-next-steps-fg, #1f2328);
}
[part~="notice"] { margin: 0 0 1rem; font-size: 1rem; }
[part~="notice"]:empty { display: none; }
section { margin-block-end: var(--tp-next-steps-row-gap, 1.5rem); min-block-size: var(--tp-next-steps-row-height, 15rem); }
section[hidden] { display: none; }
h2 { margin: 0 0 0.5rem; font-size: var(--tp-next-steps-heading-size, 1.0625rem); }
ul {
  display: grid;
  grid-auto-flow: column;
  grid-auto-columns: minmax(var(--tp-next-steps-card-width, 9.5rem), 1fr);
  gap: var(--tp-next-steps-gap, 0.75rem);
  overflow-x: auto;
  margin: 0;
  padding: 0 0 0.25rem;
  list-style: none;
}
li a {
  display: flex;
  flex-direction: column;
  gap: 0.25rem;
  block-size: 100%;
  padding: 0.5rem;
  border: 1px solid var(--tp-next-steps-border-color, #d0d7de);
  border-radius: var(--tp-radius, 0.5rem);
  background: var(--tp-next-steps-card-bg, #ffffff);
  color: inherit;
  text-decoration: none;
}
li a:hover { border-color: var(--tp-accent, #0b57d0); }
img, .placeholder {
  inline-size: 100%;
  aspect-ratio: 1;
  object-fit: cover;
  border-radius: calc(var(--tp-radius, 0.5rem) / 2);
  background: var(--tp-next-steps-image-bg, #f6f8fa);
}
.title { font-weight: 600; font-size: 0.9375rem; }
.price { font-variant-numeric: tabular-nums; color: var(--tp-next-steps-muted, #59636e); }
.skeleton li { min-block-size: var(--tp-next-steps-skeleton-height, 12rem); border-radius: var(--tp-radius, 0.5rem); background: var(--tp-next-steps-image-bg, #f6f8fa); }
:focus-visible { outline: 3px solid var(--tp-focus-ring, var(--tp-accent, #0b57d0)); outline-offset: 2px; }
[part~="error"] { display: block; color: var(--tp-error-color, #cf222e); }
[part~="error"]:empty { display: none; }
button { font: inherit; padding: 0.25rem 0.75rem; border-radius: var(--tp-radius, 0.5rem); border: 1px solid var(--tp-accent, #0b57d0); background: transparent; color: var(--tp-accent, #0b57d0); cursor: pointer; }
@media (prefers-reduced-motion: no-preference) {
  .skeleton li { animation: pulse 1.2s ease-in-out infinite; }
  @keyframes pulse { 50% { opacity: 0.55; } }
}
${srOnlyStyles}
`
