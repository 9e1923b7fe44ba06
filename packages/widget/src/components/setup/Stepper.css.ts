export const css = `
.gp-stepper { display: flex; flex-direction: column; gap: 4px; }
.gp-steps { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px; }
.gp-steps li {
  border-top: 4px solid var(--gp-border); padding-top: 4px;
  color: var(--gp-muted); font-size: 13.6px; line-height: 1.3;
}
.gp-steps li[data-done], .gp-steps li[aria-current] { border-top-color: var(--gp-accent); }
.gp-steps li[aria-current] { color: var(--gp-fg); font-weight: 600; }
`;
