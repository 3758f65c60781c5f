import { srOnlyStyles } from "../runtime/dom.js"

/** Styles of `<tp-feedback-survey>`: every colour and size is a custom property with a default. */
export const feedbackSurveyStyles = `
:host {
  display: block;
  font-family: var(--tp-font-family, inherit);
  color: var(--tp-feedback-fg, #1f2328);
}
:host(:state(empty)) { display: none; }
[part~="panel"] {
  padding: var(--tp-feedback-padding, 1rem);
  border: 1px solid var(--tp-feedback-border-color, #d0d7de);
  border-radius: var(--tp-radius, 8px);
  background: var(--tp-feedback-bg, #ffffff);
}
[part~="status"] { margin: 0; font-weight: 600; }
[part~="status"]:empty { display: none; }
:host(:state(error)) [part~="status"] { color: var(--tp-error-color, #cf222e); }
[part~="order"] { margin: 0 0 0.75rem; color: var(--tp-feedback-muted, #57606a); }
fieldset { border: 0; margin: 0 0 1rem; padding: 0; min-inline-size: 0; }
legend { font-weight: 600; margin-block-end: 0.5rem; padding: 0; }
.scale { display: flex; flex-wrap: wrap; gap: 0.25rem; }
.choice { position: relative; }
.choice input { position: absolute; opacity: 0; inset: 0; margin: 0; }
.choice span {
  display: inline-flex; align-items: center; justify-content: center;
  min-inline-size: 2.5rem; min-block-size: 2.5rem; padding: 0 0.5rem;
  border: 1px solid var(--tp-feedback-border-color, #d0d7de); border-radius: 6px; cursor: pointer;
  background: var(--tp-feedback-choice-bg, #f6f8fa);
}
.choice input:checked + span {
  background: var(--tp-accent-color, #0969da); border-color: var(--tp-accent-color, #0969da);
  color: var(--tp-accent-fg, #ffffff);
}
.choice input:focus-visible + span { outline: 2px solid var(--tp-focus-color, #0969da); outline-offset: 2px; }
.ends { display: flex; justify-content: space-between; font-size: 0.875rem; color: var(--tp-feedback-muted, #57606a); margin-block-start: 0.25rem; }
label.question { display: block; font-weight: 600; margin-block-end: 0.5rem; }
textarea {
  box-sizing: border-box; inline-size: 100%; font: inherit; padding: 0.5rem;
  border: 1px solid var(--tp-feedback-border-color, #d0d7de); border-radius: 6px;
}
.muted { color: var(--tp-feedback-muted, #57606a); font-size: 0.875rem; margin: 0.25rem 0 1rem; }
[part~="button"] {
  font: inherit; font-weight: 600; padding: 0.6rem 1rem; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--tp-accent-color, #0969da); background: var(--tp-accent-color, #0969da);
  color: var(--tp-accent-fg, #ffffff);
}
[part~="button"]:focus-visible { outline: 2px solid var(--tp-focus-color, #0969da); outline-offset: 2px; }
[hidden] { display: none !important; }
${srOnlyStyles}
`
