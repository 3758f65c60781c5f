/** Styles of `<tp-save-for-later>`: every colour and size is a custom property with a default (see the element). */
export const saveForLaterStyles = `
:host {
  display: inline-flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.25rem 0.5rem;
  font-family: var(--tp-font-family, inherit);
  font-size: var(--tp-save-for-later-font-size, 0.875rem);
}
button {
  min-block-size: var(--tp-save-for-later-min-height, 2.25rem);
  padding: var(--tp-save-for-later-padding, 0.25rem 0.75rem);
  border: 1px solid var(--tp-save-for-later-border-color, var(--tp-accent, #0b57d0));
  border-radius: var(--tp-radius, 0.5rem);
  background: var(--tp-save-for-later-bg, transparent);
  color: var(--tp-save-for-later-fg, var(--tp-accent, #0b57d0));
  font: inherit;
  font-weight: 600;
  white-space: nowrap;
  cursor: pointer;
}
button[aria-disabled="true"] {
  cursor: default;
  opacity: 0.6;
}
:host(:state(busy)) button {
  cursor: progress;
}
[part="status"]:empty,
[part="error"]:empty {
  display: none;
}
[part="status"] {
  color: var(--tp-save-for-later-status-color, #1a7f37);
}
[part="error"] {
  color: var(--tp-error-color, #cf222e);
}
:focus-visible {
  outline: 3px solid var(--tp-focus-ring, var(--tp-accent, #0b57d0));
  outline-offset: 2px;
}
@media (forced-colors: active) {
  button {
    border-color: ButtonText;
  }
}
`
