export const css = `
.gp-likert-points { display: flex; flex-direction: column; gap: 6px; }
.gp-likert-point {
  display: grid; grid-template-columns: auto 2ch 1fr; gap: 8px; align-items: center;
  padding: 8px 10px; border: 1px solid var(--gp-border); border-radius: 8px; cursor: pointer;
}
.gp-likert-point:has(input:checked) { border: 2px solid var(--gp-accent); }
.gp-likert-value { font-weight: 700; }
`;
