/**
 * Styles of `<tp-offer>`: every colour and size is a custom property with a default. Without an offer the host
 * is `display: none` (state `empty`); before the first answer its banner is hidden, so it takes no space either.
 */
export const offerStyles = `
:host {
  display: block;
  font-family: var(--tp-font-family, inherit);
  color: var(--tp-offer-fg, #1f2328);
}
:host(:state(empty)) { display: none; }
[hidden] { display: none !important; }
section {
  padding: var(--tp-offer-padding, 1rem 1.25rem);
  border: 1px solid var(--tp-offer-border-color, #e3c77b);
  border-radius: var(--tp-radius, 0.5rem);
  background: var(--tp-offer-bg, #fff8e6);
}
.row { display: flex; flex-wrap: wrap; align-items: center; gap: var(--tp-offer-gap, 1rem); }
[part~="body"] { flex: 1 1 16rem; display: grid; gap: 0.25rem; min-inline-size: 0; }
[part~="image"] {
  inline-size: var(--tp-offer-image-size, 5rem);
  block-size: var(--tp-offer-image-size, 5rem);
  object-fit: cover;
  border-radius: calc(var(--tp-radius, 0.5rem) / 2);
}
:host([variant="card"]) section { max-inline-size: var(--tp-offer-card-width, 22rem); }
:host([variant="card"]) .row { flex-direction: column; align-items: stretch; }
:host([variant="card"]) [part~="body"] { flex: none; }
:host([variant="card"]) [part~="image"] { inline-size: 100%; block-size: auto; aspect-ratio: 16 / 9; }
p, h2 { margin: 0; }
p:empty { display: none; }
[part~="eyebrow"] { font-size: 0.8125rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; }
[part~="eyebrow"], [part~="reason"] { color: var(--tp-offer-muted, #59636e); }
h2 { font-size: var(--tp-offer-headline-size, 1.25rem); line-height: 1.25; }
[part~="discount"] { font-weight: 700; color: var(--tp-offer-discount-color, #9a3412); }
[part~="reason"] { font-size: 0.875rem; }
[part~="actions"] { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.75rem; }
code { font: 700 1em ui-monospace, monospace; padding: 0.125rem 0.375rem; border: 1px dashed; border-radius: 0.25rem; user-select: all; }
button {
  min-block-size: var(--tp-offer-button-height, 2.5rem);
  padding: 0.25rem 1rem;
  border: 1px solid var(--tp-accent, #0b57d0);
  border-radius: var(--tp-radius, 0.5rem);
  background: var(--tp-offer-button-bg, var(--tp-accent, #0b57d0));
  color: var(--tp-offer-button-fg, var(--tp-accent-fg, #ffffff));
  font: inherit;
  font-weight: 600;
  cursor: pointer;
}
[part~="copy"] { background: none; color: var(--tp-accent, #0b57d0); }
button[aria-busy] { cursor: progress; }
:host(:state(applied)) [part~="apply"] {
  cursor: default;
  border-color: var(--tp-offer-applied-color, #1a7f37);
  background: var(--tp-offer-applied-color, #1a7f37);
}
a { color: var(--tp-accent, #0b57d0); font-weight: 600; }
:focus-visible { outline: 3px solid var(--tp-focus-ring, var(--tp-accent, #0b57d0)); outline-offset: 2px; }
[role]:not(:empty) { margin-block-start: 0.75rem; font-weight: 600; }
[part~="status"] { color: var(--tp-offer-applied-color, #1a7f37); }
[part~="error"] { color: var(--tp-error-color, #cf222e); }
`
