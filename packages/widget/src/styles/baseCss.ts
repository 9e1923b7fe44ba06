// Design tokens and shared primitives. Hosts theme through the --gp-* custom properties; every
// rule lives inside the widget's shadow root, so host CSS cannot reach it and it reaches nothing.
// data-goalpost-theme on the host is always "light" or "dark": followTheme resolves "auto" in
// script, so the dark tokens are written once. The pairs are checked for WCAG AA in baseCss.test.ts.
/** The host's tokens and what the launcher needs of the base: the loader's launcher uses it too. */
export const hostCss = `
:host {
  all: initial;
  display: block;
  --gp-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --gp-radius: 10px;
  --gp-accent: #1d4ed8;
  --gp-on-accent: #ffffff;
  --gp-bg: #ffffff;
  --gp-surface: #f3f4f6;
  --gp-fg: #111827;
  --gp-muted: #4b5563;
  --gp-border: #6b7280;
  --gp-good: #166534;
  --gp-bad: #b91c1c;
  --gp-focus: #1d4ed8;
  --gp-z: 2147483000;
  color-scheme: light;
  font-family: var(--gp-font);
  font-size: 15px;
  line-height: 1.45;
  color: var(--gp-fg);
}
:host([hidden]) { display: none; }
:host([data-goalpost-theme="dark"]) {
  color-scheme: dark;
  --gp-accent: #93c5fd;
  --gp-on-accent: #0b1220;
  --gp-bg: #111827;
  --gp-surface: #1f2937;
  --gp-fg: #f9fafb;
  --gp-muted: #d1d5db;
  --gp-border: #6b7280;
  --gp-good: #86efac;
  --gp-bad: #fca5a5;
  --gp-focus: #93c5fd;
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.gp-sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
:focus-visible { outline: 3px solid var(--gp-focus); outline-offset: 2px; }
/* Headings take focus to move the reading position: a ring for keyboard users only. */
[tabindex="-1"]:focus:not(:focus-visible) { outline: none; }
/* A host's "* { all: unset }" strips :host; the widget's own boxes carry its type and scheme. */
.gp-launcher, .gp-panel {
  font-family: var(--gp-font); font-size: 15px; line-height: 1.45; color-scheme: light;
}
:host([data-goalpost-theme="dark"]) .gp-launcher, :host([data-goalpost-theme="dark"]) .gp-panel {
  color-scheme: dark;
}
`;

export const baseCss = `${hostCss}h2, h3, p, ul, ol, fieldset { margin: 0; padding: 0; }
ul, ol { list-style: none; }
fieldset { border: 0; min-width: 0; }
legend { padding: 0; font-weight: 600; margin-bottom: 6px; }
h2 { font-size: 18.4px; }
h3 { font-size: 16px; }
.gp-stack { display: flex; flex-direction: column; gap: 12px; }
.gp-row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.gp-muted { color: var(--gp-muted); font-size: 14.4px; }
.gp-card {
  background: var(--gp-surface); border-radius: var(--gp-radius); padding: 12px;
  display: flex; flex-direction: column; gap: 8px;
}
.gp-btn {
  font: inherit; font-weight: 600; cursor: pointer; border-radius: 8px; padding: 8px 14px;
  border: 2px solid var(--gp-accent); background: var(--gp-accent); color: var(--gp-on-accent);
  min-height: 40px;
}
.gp-btn[data-variant="quiet"] { background: transparent; color: var(--gp-accent); }
.gp-btn:disabled { opacity: 0.6; cursor: not-allowed; }
.gp-field { display: flex; flex-direction: column; gap: 4px; }
.gp-field label { font-weight: 600; }
.gp-input, .gp-textarea, .gp-select {
  font: inherit; color: var(--gp-fg); background: var(--gp-bg); border: 1px solid var(--gp-border);
  border-radius: 8px; padding: 8px 10px; min-height: 40px; width: 100%;
}
.gp-input[aria-invalid="true"] { border-color: var(--gp-bad); border-width: 2px; }
.gp-error { color: var(--gp-bad); font-size: 14.4px; }
.gp-good { color: var(--gp-good); }
.gp-bad { color: var(--gp-bad); }
`;
