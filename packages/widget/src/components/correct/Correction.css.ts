export const css = `
.gp-history[data-editable] ul { gap: 8px; }
.gp-history[data-editable] li + li { border-top: 1px solid var(--gp-border); padding-top: 8px; }
.gp-entry { display: flex; flex-direction: column; gap: 6px; }
.gp-change { justify-content: space-between; }
`;
