import { srOnlyStyles } from "../runtime/dom.js"

/** Styles of `<tp-cart-recovery>`: every colour and size is a custom property with a default. */
export const cartRecoveryStyles = `
:host {
  display: block;
  font-family: var(--tp-font-family, inherit);
  color: var(--tp-cart-recovery-fg, #1f2328);
}
:host(:state(empty)) { display: none; }
[part~="panel"] {
  padding: var(--tp-cart-recovery-padding, 1rem);
  border: 1px solid var(--tp-cart-recovery-border-color, #d0d7de);
  border-radius: var(--tp-radius, 8px);
  background: var(--tp-cart-recovery-bg, #f6f8fa);
}
:host(:state(error)) [part~="panel"] { border-color: var(--tp-error-color, #cf222e); }
[part~="message"] { margin: 0; font-weight: 600; }
ul { list-style: none; margin: 0.75rem 0 0; padding: 0; }
ul:empty { display: none; }
li { display: flex; gap: 0.75rem; align-items: center; padding: 0.5rem 0; border-top: 1px solid var(--tp-cart-recovery-border-color, #d0d7de); }
[part~="image"] { inline-size: 3rem; block-size: 3rem; object-fit: cover; border-radius: 4px; background: #eaeef2; flex: none; }
.text { display: flex; flex-direction: column; flex: 1; }
.muted { color: var(--tp-cart-recovery-muted, #57606a); font-size: 0.875rem; }
[part~="total"] { margin: 0.5rem 0 0; text-align: end; font-weight: 600; }
[part~="total"]:empty { display: none; }
[part~="actions"] { display: flex; gap: 0.5rem; justify-content: flex-end; margin-top: 0.75rem; }
[part~="actions"][hidden] { display: none; }
[part~="button"] {
  font: inherit;
  padding: 0.4rem 0.9rem;
  border-radius: var(--tp-radius, 8px);
  border: 1px solid var(--tp-cart-recovery-border-color, #d0d7de);
  background: transparent;
  color: inherit;
  cursor: pointer;
}
[part~="add-button"] { background: var(--tp-accent, #1f6feb); border-color: transparent; color: #fff; }
[part~="button"]:focus-visible { outline: 2px solid var(--tp-accent, #1f6feb); outline-offset: 2px; }
${srOnlyStyles}
`
