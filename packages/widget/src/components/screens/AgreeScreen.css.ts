export const css = `
.gp-agree-facts { margin: 0; }
.gp-agree-facts dt { font-weight: 600; font-size: 14.4px; }
.gp-agree-facts dd { margin: 0 0 6px; }
`;
