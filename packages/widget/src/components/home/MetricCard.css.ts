export const css = `
.gp-figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; margin: 0; }
.gp-figures dt { font-size: 13.6px; color: var(--gp-muted); }
.gp-figures dd { margin: 0; font-weight: 700; overflow-wrap: anywhere; }
.gp-figures dd.gp-muted { font-weight: 400; font-size: 12.8px; }
.gp-notice { border-inline-start: 4px solid var(--gp-accent); padding-inline-start: 8px; font-weight: 600; }
`;
