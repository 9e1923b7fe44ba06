export const css = `
.gp-launcher {
  position: fixed; right: 20px; bottom: 20px; z-index: var(--gp-z);
  display: inline-flex; align-items: center; gap: 8px; font-weight: 600;
  max-width: calc(100vw - 40px); overflow-wrap: anywhere; text-align: start;
  padding: 10px 16px; border-radius: 999px; border: 0; cursor: pointer;
  background: var(--gp-accent); color: var(--gp-on-accent); box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
}
.gp-launcher svg { flex: none; }
.gp-badge {
  flex: none;
  font-size: 12.8px; padding: 1px 8px; border-radius: 999px;
  background: var(--gp-on-accent); color: var(--gp-accent);
}
/* A count of things to act on: a round number badge, ringed so it reads in both themes. */
.gp-badge-needs {
  min-width: 22px; text-align: center; font-weight: 700;
  box-shadow: 0 0 0 2px var(--gp-accent), 0 0 0 4px var(--gp-on-accent);
}
`;
