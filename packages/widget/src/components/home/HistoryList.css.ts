export const css = `
.gp-history summary { cursor: pointer; font-weight: 600; }
.gp-history ul { display: flex; flex-direction: column; gap: 4px; margin: 8px 0; }
`;
