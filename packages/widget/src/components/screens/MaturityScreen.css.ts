export const css = `
.gp-level {
  font: inherit; color: var(--gp-fg); background: var(--gp-bg); text-align: start; width: 100%;
  display: flex; flex-direction: column; gap: 2px; padding: 10px 12px; cursor: pointer;
  border: 1px solid var(--gp-border); border-radius: 8px;
}
.gp-level:hover { border-color: var(--gp-accent); }
.gp-level[aria-current="true"] { border: 2px solid var(--gp-accent); padding: 9px 11px; }
`;
