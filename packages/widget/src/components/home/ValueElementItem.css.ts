export const css = `
.gp-tag {
  font-size: 12.8px; padding: 1px 8px; border-radius: 999px; border: 1px solid var(--gp-border);
}
a.gp-btn { text-decoration: none; display: inline-flex; align-items: center; }
`;
