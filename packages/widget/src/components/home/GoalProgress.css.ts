export const css = `
.gp-progress {
  width: 100%; height: 10px; appearance: none; border: 1px solid var(--gp-border); border-radius: 999px;
  background: var(--gp-bg); color: var(--gp-accent); overflow: hidden;
}
.gp-progress::-webkit-progress-bar { background: var(--gp-bg); }
.gp-progress::-webkit-progress-value { background: var(--gp-accent); }
.gp-progress::-moz-progress-bar { background: var(--gp-accent); }
`;
