/** The console's CSS, adopted by its shadow root (no inline styles: a strict CSP allows it). */
export const consoleCss = `
:host {
  --gc-bg: #ffffff; --gc-surface: #f6f7f9; --gc-text: #1b1f24; --gc-muted: #4a5360;
  --gc-line: #c9ced6; --gc-accent: #0b57d0; --gc-better: #116b2f; --gc-worse: #b3261e;
  --gc-risk-bg: #fdf1ef; --gc-focus: #0b57d0;
  display: block; color: var(--gc-text); background: var(--gc-bg);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color-scheme: light;
}
:host([theme="dark"]) {
  --gc-bg: #15181d; --gc-surface: #1f242b; --gc-text: #eef1f5; --gc-muted: #b4bcc8;
  --gc-line: #3b434e; --gc-accent: #8ab4f8; --gc-better: #7fd89a; --gc-worse: #ffb4ab;
  --gc-risk-bg: #3a2220; --gc-focus: #8ab4f8; color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  :host([theme="auto"]) {
    --gc-bg: #15181d; --gc-surface: #1f242b; --gc-text: #eef1f5; --gc-muted: #b4bcc8;
    --gc-line: #3b434e; --gc-accent: #8ab4f8; --gc-better: #7fd89a; --gc-worse: #ffb4ab;
    --gc-risk-bg: #3a2220; --gc-focus: #8ab4f8; color-scheme: dark;
  }
}
* { box-sizing: border-box; }
.console { max-width: 1400px; margin: 0 auto; padding: 0 16px 32px; }
.top + .main > .section:first-child { margin-top: 16px; }
.top { display: flex; flex-wrap: wrap; gap: 4px 16px; justify-content: space-between; align-items: baseline;
  border-bottom: 1px solid var(--gc-line); padding: 12px 0; }
.brand { font-weight: 700; margin: 0; }
.who { margin: 0; color: var(--gc-muted); }
h1 { font-size: 1.6rem; margin: 20px 0 8px; }
h2 { font-size: 1.25rem; margin: 0; }
h3 { font-size: 1.05rem; margin: 0 0 8px; }
.section { margin-top: 24px; }
.section-head { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; justify-content: space-between; }
.status { color: var(--gc-muted); min-height: 1.45em; margin: 8px 0; }
.field { display: inline-flex; flex-direction: column; gap: 2px; font-size: 0.9rem; color: var(--gc-muted); }
input, select, button { font: inherit; color: var(--gc-text); background: var(--gc-bg);
  border: 1px solid var(--gc-muted); border-radius: 6px; padding: 6px 10px; min-height: 36px; }
button { cursor: pointer; background: var(--gc-surface); }
button:disabled { cursor: not-allowed; color: var(--gc-muted); border-color: var(--gc-line); }
:focus-visible { outline: 3px solid var(--gc-focus); outline-offset: 2px; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; }
.cards { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(min(100%, 380px), 1fr)); }
.card, .perceived { background: var(--gc-surface); border: 1px solid var(--gc-line); border-radius: 10px; padding: 16px; }
.perceived { margin-top: 16px; }
.figures { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 8px; margin: 0 0 12px; }
.figures dt { font-size: 0.85rem; color: var(--gc-muted); }
.figures dd { margin: 0; display: flex; flex-direction: column; }
.figure { font-size: 1.4rem; font-weight: 700; }
.hint { font-size: 0.85rem; color: var(--gc-muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--gc-line); }
thead th { font-size: 0.85rem; color: var(--gc-muted); font-weight: 600; }
.gain.better { color: var(--gc-better); }
.gain.worse { color: var(--gc-worse); }
.verdict { font-size: 0.85rem; }
.perceived ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
.perceived li { display: grid; grid-template-columns: minmax(8em, 12em) minmax(80px, 1fr) auto; gap: 12px; align-items: center; }
meter { width: 100%; height: 14px; }
.table-scroll { position: relative; overflow-x: auto; border: 1px solid var(--gc-line); border-radius: 10px; }
.accounts { min-width: 900px; }
.accounts tr.at-risk, .webhooks tr.at-risk { background: var(--gc-risk-bg); }
.accounts th[scope="row"] { font-weight: 600; }
.sort { border: none; background: none; padding: 0; min-height: 0; color: var(--gc-accent); font-weight: 600; text-decoration: underline; }
th[aria-sort="ascending"] .sort::after { content: " ▲"; }
th[aria-sort="descending"] .sort::after { content: " ▼"; }
.flags { margin: 0; padding-left: 1.1em; color: var(--gc-worse); }
.pages { display: flex; gap: 8px; margin-top: 12px; }
.trend { margin-top: 12px; }
.comments { list-style: none; padding: 0; margin: 8px 0; display: grid; gap: 12px; }
.comments blockquote { margin: 0; padding-left: 12px; border-left: 3px solid var(--gc-line); }
.comments .hint { margin: 4px 0 0 15px; }
.trend summary { cursor: pointer; color: var(--gc-accent); font-weight: 600; }
.trend table { margin-top: 8px; font-size: 0.9rem; }
.problem { border: 1px solid var(--gc-worse); border-radius: 10px; padding: 12px 16px; background: var(--gc-risk-bg); }
.problem p { margin: 4px 0; }
.interval .axis { stroke: var(--gc-line); stroke-width: 1; }
.interval .range { stroke: var(--gc-accent); stroke-width: 3; }
.interval .point { fill: var(--gc-text); }
.retention { min-width: 760px; }
.webhooks { min-width: 900px; }
.url { overflow-wrap: anywhere; }
.webhooks td.url { min-width: 16em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 520px) {
  .figures { grid-template-columns: 1fr; }
  .perceived li { grid-template-columns: 1fr; gap: 2px; }
}
.report { border-top: 2px solid var(--gc-line); padding-top: 16px; }
.report .card { margin-top: 12px; }
.links { margin: 4px 0; }
@media print {
  /* With a report open, the printout is the report alone. */
  .console:has(.report) .top,
  .console:has(.report) .main > .section:not(:has(.report)),
  .console:has(.report) .section:has(.report) > :not(.report) { display: none; }
  .toolbar, .pages, .section-head select, .section-head button { display: none; }
  .table-scroll { overflow: visible; border: none; }
  .card { break-inside: avoid; border-color: #888; }
}
`;
