/** Styles of `<tp-consent>`: every colour and size is a custom property with a default (see the element). */
export const consentStyles = `
:host {
  display: block;
  font-family: var(--tp-font-family, inherit);
}
.banner {
  position: var(--tp-consent-position, fixed);
  inset: var(--tp-consent-inset, auto 1rem 1rem 1rem);
  z-index: var(--tp-consent-z-index, 1000);
  box-sizing: border-box;
  max-width: var(--tp-consent-max-width, 40rem);
  margin-inline: auto;
  padding: var(--tp-consent-padding, 1rem 1.25rem);
  background: var(--tp-consent-bg, #ffffff);
  color: var(--tp-consent-fg, #1f2328);
  border: 1px solid var(--tp-consent-border-color, #d0d7de);
  border-radius: var(--tp-radius, 0.5rem);
  box-shadow: var(--tp-consent-shadow, 0 8px 24px rgb(0 0 0 / 0.16));
  font-size: var(--tp-consent-font-size, 0.9375rem);
  line-height: 1.5;
  animation: tp-consent-in 180ms ease-out;
}
.banner[hidden] {
  display: none;
}
.text {
  margin: 0 0 0.75rem;
}
.text a {
  color: inherit;
  text-decoration: underline;
  text-underline-offset: 0.15em;
}
.actions {
  display: flex;
  flex-wrap: wrap;
  justify-content: flex-end;
  gap: 0.5rem;
}
button {
  min-height: 2.75rem;
  padding: 0.5rem 1.125rem;
  border: 2px solid var(--tp-accent, #0b57d0);
  border-radius: var(--tp-radius, 0.5rem);
  font: inherit;
  font-weight: 600;
  cursor: pointer;
}
.accept {
  background: var(--tp-accent, #0b57d0);
  color: var(--tp-accent-fg, #ffffff);
}
.necessary {
  background: transparent;
  color: inherit;
}
button:hover {
  filter: brightness(0.92);
}
:focus-visible {
  outline: 3px solid var(--tp-focus-ring, #0b57d0);
  outline-offset: 2px;
}
@keyframes tp-consent-in {
  from {
    opacity: 0;
    transform: translateY(0.75rem);
  }
}
@media (prefers-reduced-motion: reduce) {
  .banner {
    animation: none;
  }
}
@media (forced-colors: active) {
  .banner,
  button {
    border-color: CanvasText;
  }
}
`
