export const css = `
.gp-number-row { display: flex; gap: 8px; align-items: center; }
.gp-number-row .gp-input { flex: 1 1 auto; width: auto; min-width: 0; }
`;
